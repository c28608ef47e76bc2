/// The names of the body's regions, the directions of moves and the pressure points.
extension Wording {
    /// The region in words: `collar zone`; `воротниковая зона`.
    public func region(_ region: BodyRegion) -> String {
        self["region." + region.rawValue]
    }

    /// The direction in words: `bottom-up`; `снизу вверх`.
    public func direction(_ direction: MoveDirection) -> String {
        self["direction." + direction.rawValue]
    }

    /// The point in words: `between thumb and index finger`; `между большим и указательным пальцами`.
    public func point(_ point: PressurePoint) -> String {
        self["point." + point.rawValue]
    }

    /// Where and which way a stage works, in a few words: its region, its point and its
    /// direction, joined by commas (`collar zone, out from the spine`); nil when it names none.
    public func place(of stage: Stage) -> String? {
        let parts = [stage.shownRegion.map(region), stage.point.map(point), stage.direction.map(direction)].compactMap(\.self)
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
