import KneadCore

/// The session the safety check agreed on: which routine, the sore side, flare and gentle
/// mode, and whether the course's limit was passed on purpose.
public struct SessionPlan: Hashable, Sendable {
    /// The routine, by its id.
    public var routineID: String
    /// The side that hurts more; nil when nobody was asked.
    public var soreSide: SoreSide?
    public var flare: Bool
    public var gentle: Bool
    /// Whether the person started although the course had had its most sessions.
    public var courseLimitOverridden: Bool

    public init(routineID: String, soreSide: SoreSide?, flare: Bool, gentle: Bool, courseLimitOverridden: Bool = false) {
        self.routineID = routineID
        self.soreSide = soreSide
        self.flare = flare
        self.gentle = gentle
        self.courseLimitOverridden = courseLimitOverridden
    }

    /// How the routine's timeline is fitted to the person today.
    public var adaptation: TimelineAdaptation { TimelineAdaptation(soreSide: soreSide?.side, gentle: gentle) }
}
