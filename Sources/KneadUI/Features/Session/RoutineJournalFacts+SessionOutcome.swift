import KneadCore

extension RoutineJournalFacts {
    /// Brings the facts up to date with a session of `routine` that was left, as the journal
    /// will read them once the session is written.
    public mutating func note(_ outcome: SessionOutcome, of routine: Routine) {
        noteSession(
            finished: outcome.finished, stepReached: outcome.stepReached, course: routine.course, pain: outcome.pain,
            soreSide: outcome.soreSide, endedOnItHurts: outcome.endedOnItHurts,
            itHurtsPressed: outcome.itHurtsPressed
        )
    }
}
