import KneadCore

/// How a session that was left went, as the journal's facts of its routine take it in.
public struct SessionOutcome: Hashable, Sendable {
    /// Whether every step was reached, rather than the session ending early.
    public var finished: Bool
    /// The number (from 1) of the furthest step started.
    public var stepReached: Int
    /// The pain before and after.
    public var pain: PainRatings
    /// The side said to hurt more when the session began.
    public var soreSide: SoreSide?
    /// Whether it ended on the "it hurts" key.
    public var endedOnItHurts: Bool
    /// Whether "it hurts" was pressed at all, whether the session then went on or not.
    public var itHurtsPressed = false
}
