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
}
