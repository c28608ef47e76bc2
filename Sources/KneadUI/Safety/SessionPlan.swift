import KneadCore

/// The session the safety check agreed on: which routine, the sore side, flare and gentle
/// mode, and whether the course's limit was passed on purpose.
struct SessionPlan: Hashable, Sendable {
    /// The routine, by its index in the app's list.
    var routineIndex: Int
    var soreSide: SoreSide
    var flare: Bool
    var gentle: Bool
    /// Whether the person started although the course had had its most sessions.
    var courseLimitOverridden = false

    /// How the routine's timeline is fitted to the person today.
    var adaptation: TimelineAdaptation { TimelineAdaptation(soreSide: soreSide.side, gentle: gentle) }
}
