/// A stage's place on the body: its region, the direction of its move and its pressure point.
extension RoutineValidator {
    /// Where on the body a stage works, as read from a script; each part nil when not named.
    struct BodyPlace {
        var region: BodyRegion?
        var direction: MoveDirection?
        var point: PressurePoint?
    }

    /// The `region`, `direction` and `point` of a stage object, checked against each other and
    /// against the stage's technique; nil (reported) when any of them is wrong.
    ///
    /// A point belongs to an acupressure stage only, and a region named beside a point must be
    /// the one the point lies in. `technique` is nil when the stage's own technique is missing
    /// or unknown, which has been reported already.
    mutating func bodyPlace(in object: ScriptObject, technique: Technique?) -> BodyPlace? {
        let regionValue = object.value(for: "region")
        let directionValue = object.value(for: "direction")
        let pointValue = object.value(for: "point")
        let region = regionValue.flatMap {
            enumCase(BodyRegion.self, from: $0, path: object.path(of: "region"), kind: "region") { "a region name (one of: \($0))" }
        }
        let direction = directionValue.flatMap {
            enumCase(MoveDirection.self, from: $0, path: object.path(of: "direction"), kind: "direction") { "a direction name (one of: \($0))" }
        }
        let point = pointValue.flatMap {
            enumCase(PressurePoint.self, from: $0, path: object.path(of: "point"), kind: "point") { "a point name (one of: \($0))" }
        }
        var isValid = (regionValue == nil || region != nil) && (directionValue == nil || direction != nil)
            && (pointValue == nil || point != nil)

        if point != nil, let pointValue, let technique, technique != .acupressure {
            report(
                "a point is pressed only in an acupressure stage, and this stage's technique is \(ValueDescription.quoted(technique.rawValue)); "
                    + "leave \"point\" out or make the technique \"acupressure\"",
                at: pointValue.position, path: object.path(of: "point")
            )
            isValid = false
        }
        if let point, let region, let regionValue, point.region != region {
            report(
                "region \(ValueDescription.quoted(region.rawValue)) contradicts the point \(ValueDescription.quoted(point.rawValue)), "
                    + "which lies in \(ValueDescription.quoted(point.region.rawValue)); name that region or leave \"region\" out",
                at: regionValue.position, path: object.path(of: "region")
            )
            isValid = false
        }
        return isValid ? BodyPlace(region: region, direction: direction, point: point) : nil
    }
}
