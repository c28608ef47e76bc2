/// A point an acupressure stage presses, as a script names it in `point`.
public enum PressurePoint: String, CaseIterable, Hashable, Sendable {
    /// On the back of the hand, between the thumb and the index finger.
    case thumbIndex = "thumb-index"
    /// The outer bony point of the shoulder.
    case shoulderTip = "shoulder-tip"
    /// On the nape, where the spine meets the skull.
    case skullBase = "skull-base"
    /// The pair on either side of the spine just below the skull.
    case belowSkull = "below-skull"
    /// At the top of the area behind the ear.
    case behindEar = "behind-ear"
    /// The pair on the sacrum, a finger's width either side of its midline.
    case besideSacrum = "beside-sacrum"
    /// In the fleshy middle of the buttock.
    case midButtock = "mid-buttock"
    /// On the muscle just above the top edge of the pelvic bone, a hand's width from the spine.
    case aboveIliacCrest = "above-iliac-crest"

    /// The region the point lies in.
    public var region: BodyRegion {
        switch self {
        case .thumbIndex: .hand
        case .shoulderTip: .shoulders
        case .skullBase: .nape
        case .belowSkull: .nape
        case .behindEar: .head
        case .besideSacrum: .sacrum
        case .midButtock: .buttocks
        case .aboveIliacCrest: .iliacCrests
        }
    }
}
