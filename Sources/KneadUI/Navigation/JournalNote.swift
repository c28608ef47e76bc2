import KneadCore

/// Something the app's copy of the journal's facts learns from a screen, as the journal
/// itself would read it once the shell has written it.
enum JournalNote: Hashable, Sendable {
    /// A safety question was answered.
    case safetyAnswered(SafetyAnswer)
    /// A session of a routine was left: how far it got and how it ended.
    case sessionLeft(routine: Routine, outcome: SessionOutcome)
}
