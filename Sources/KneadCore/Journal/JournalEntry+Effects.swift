extension JournalEntry {
    /// What a session's effect asks the journal to record: a step's start brings the row up to
    /// date, the end closes it (finished, or quit when it ended early); other effects record nothing.
    ///
    /// The full-screen app and the plain runner both record a session through this, so the two
    /// always keep the same account.
    public static func entries(for effect: SessionEffect) -> [JournalEntry] {
        switch effect {
        case .stepStarted(let index): [.stepStarted(index: index)]
        case .finished(let report): [.sessionEnded(report, report.endedEarly ? .quit : .finished)]
        case .halfway, .countdown, .beat, .paused, .resumed: []
        }
    }

    /// What to record when a signal (Ctrl-C, SIGTERM, SIGHUP) ends `session` at `now`: its end
    /// with the engine's own account of how far it got; nil when no session is under way.
    public static func endedBySignal(_ session: Session, at now: Instant) -> JournalEntry? {
        guard session.phase == .running || session.phase == .paused else { return nil }
        var ending = session
        for case .finished(let report) in ending.reduce(.quitConfirmed(at: now)) {
            return .sessionEnded(report, .signal)
        }
        return nil
    }
}
