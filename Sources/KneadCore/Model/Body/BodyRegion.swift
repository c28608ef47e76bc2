/// A part of the body a stage works, from a fixed list, as a script names it in `region`.
///
/// Each region belongs to one view of the body figure: the back with the neck and head, the
/// legs from behind, or the back of the hand.
public enum BodyRegion: String, CaseIterable, Hashable, Sendable {
    // The back, with the neck and head, seen from behind.
    case head
    /// The nape, where the neck meets the skull.
    case nape
    case neck
    /// The neck's base, the tops of the shoulders and the top of the back.
    case collarZone = "collar-zone"
    /// The tops of the shoulders and the shoulder joints.
    case shoulders
    case shoulderBlades = "shoulder-blades"
    /// The strip between the shoulder blades.
    case betweenShoulderBlades = "between-shoulder-blades"
    /// The 7th cervical vertebra, the bump at the base of the neck: worked around, never on.
    case c7
    /// The muscles beside the spine, along its whole length.
    case besideSpine = "beside-spine"
    case upperBack = "upper-back"
    case lowerBack = "lower-back"
    /// The whole back.
    case back
    case sacrum
    case buttocks
    case iliacCrests = "iliac-crests"
    // The legs, seen from behind.
    case hip
    case thigh
    case knee
    /// The shin and the calf.
    case shin
    case ankle
    case foot
    /// The whole leg.
    case leg
    // The back of the hand.
    case hand

    /// The view of the figure that shows the region.
    public var view: BodyView {
        switch self {
        case .hip, .thigh, .knee, .shin, .ankle, .foot, .leg: .legs
        case .hand: .hand
        default: .back
        }
    }
}
