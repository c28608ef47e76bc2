/// The names of the body's regions, the directions of moves and the pressure points.
extension Wording {
    /// The region in words: `collar zone`; `воротниковая зона`.
    public func region(_ region: BodyRegion) -> String {
        let phrase: Phrase = switch region {
        case .head: .regionHead
        case .nape: .regionNape
        case .neck: .regionNeck
        case .collarZone: .regionCollarZone
        case .shoulders: .regionShoulders
        case .shoulderBlades: .regionShoulderBlades
        case .betweenShoulderBlades: .regionBetweenShoulderBlades
        case .c7: .regionC7
        case .besideSpine: .regionBesideSpine
        case .upperBack: .regionUpperBack
        case .lowerBack: .regionLowerBack
        case .back: .regionBack
        case .sacrum: .regionSacrum
        case .buttocks: .regionButtocks
        case .iliacCrests: .regionIliacCrests
        case .hip: .regionHip
        case .thigh: .regionThigh
        case .knee: .regionKnee
        case .shin: .regionShin
        case .ankle: .regionAnkle
        case .foot: .regionFoot
        case .leg: .regionLeg
        case .hand: .regionHand
        }
        return self[phrase]
    }

    /// The direction in words: `bottom-up`; `снизу вверх`.
    public func direction(_ direction: MoveDirection) -> String {
        let phrase: Phrase = switch direction {
        case .up: .directionUp
        case .down: .directionDown
        case .outward: .directionOutward
        case .inward: .directionInward
        case .towardsGroin: .directionTowardsGroin
        case .circles: .directionCircles
        }
        return self[phrase]
    }

    /// The point in words: `between thumb and index finger`; `между большим и указательным пальцами`.
    public func point(_ point: PressurePoint) -> String {
        let phrase: Phrase = switch point {
        case .thumbIndex: .pointThumbIndex
        case .shoulderTip: .pointShoulderTip
        case .skullBase: .pointSkullBase
        case .belowSkull: .pointBelowSkull
        case .behindEar: .pointBehindEar
        case .besideSacrum: .pointBesideSacrum
        case .midButtock: .pointMidButtock
        case .aboveIliacCrest: .pointAboveIliacCrest
        }
        return self[phrase]
    }

    /// Where and which way a stage works, in a few words: its region, its point and its
    /// direction, joined by commas (`collar zone, out from the spine`); nil when it names none.
    public func place(of stage: Stage) -> String? {
        let parts = [stage.shownRegion.map(region), stage.point.map(point), stage.direction.map(direction)].compactMap(\.self)
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
