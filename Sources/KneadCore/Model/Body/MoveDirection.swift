/// Which way a stage's hands move, as a script names it in `direction`.
public enum MoveDirection: String, CaseIterable, Hashable, Sendable {
    /// Bottom-up, with the lymph flow.
    case up
    case down
    /// From the spine out to the sides, towards the armpits.
    case outward
    /// From the sides in towards the spine (never onto it).
    case inward
    /// From the lower back out and down towards the groin.
    case towardsGroin = "towards-groin"
    /// Small circles on the spot.
    case circles
}
