/// The names of the body's regions, the directions of moves and the pressure points.
extension Wording {
    /// The region in words: `collar zone`; `воротниковая зона`.
    public func region(_ region: BodyRegion) -> String {
        let key = switch region {
        case .head: "region.head"
        case .nape: "region.nape"
        case .neck: "region.neck"
        case .collarZone: "region.collar-zone"
        case .shoulders: "region.shoulders"
        case .shoulderBlades: "region.shoulder-blades"
        case .betweenShoulderBlades: "region.between-shoulder-blades"
        case .c7: "region.c7"
        case .besideSpine: "region.beside-spine"
        case .upperBack: "region.upper-back"
        case .lowerBack: "region.lower-back"
        case .back: "region.back"
        case .sacrum: "region.sacrum"
        case .buttocks: "region.buttocks"
        case .iliacCrests: "region.iliac-crests"
        case .hip: "region.hip"
        case .thigh: "region.thigh"
        case .knee: "region.knee"
        case .shin: "region.shin"
        case .ankle: "region.ankle"
        case .foot: "region.foot"
        case .leg: "region.leg"
        case .hand: "region.hand"
        }
        return self[key]
    }

    /// The direction in words: `bottom-up`; `снизу вверх`.
    public func direction(_ direction: MoveDirection) -> String {
        let key = switch direction {
        case .up: "direction.up"
        case .down: "direction.down"
        case .outward: "direction.outward"
        case .inward: "direction.inward"
        case .towardsGroin: "direction.towards-groin"
        case .circles: "direction.circles"
        }
        return self[key]
    }

    /// The point in words: `between thumb and index finger`; `между большим и указательным пальцами`.
    public func point(_ point: PressurePoint) -> String {
        let key = switch point {
        case .thumbIndex: "point.thumb-index"
        case .shoulderTip: "point.shoulder-tip"
        case .skullBase: "point.skull-base"
        case .belowSkull: "point.below-skull"
        case .behindEar: "point.behind-ear"
        case .besideSacrum: "point.beside-sacrum"
        case .midButtock: "point.mid-buttock"
        case .aboveIliacCrest: "point.above-iliac-crest"
        }
        return self[key]
    }

    /// Where and which way a stage works, in a few words: its region, its point and its
    /// direction, joined by commas (`collar zone, out from the spine`); nil when it names none.
    public func place(of stage: Stage) -> String? {
        let parts = [stage.shownRegion.map(region), stage.point.map(point), stage.direction.map(direction)].compactMap(\.self)
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
