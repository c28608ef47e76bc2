import KneadCore

/// The safety check's keys, and opening the check with its answers pre-set from the journal.
extension AppModel {
    /// Applies a key to the safety check; a begun session goes through the course warning (when the
    /// course is full) and the pain question.
    mutating func handleSafetyCheckKey(_ key: Key, check: SafetyCheck) -> [AppCommand] {
        var check = check
        let outcome = check.handle(key, maximumScroll: maximumSafetyScroll(check), page: safetyCheckPage)
        mode = .safetyCheck(check)
        let recorded = outcome.answer.map { [AppCommand.record(.safetyAnswered($0))] } ?? []
        if let answer = outcome.answer { remember(answer) }
        switch outcome.next {
        case .stay: break
        case .begin:
            if let standing = check.standing, standing.limitReached {
                mode = .courseWarning(check, CourseWarning(standing: standing))
            } else {
                askPainBefore(after: check, courseLimitOverridden: false)
            }
        case .showHelp: overlay = .help
        case .leave: return recorded + leaveRoutine()
        }
        return recorded
    }

    /// Shows the routine's safety check, its answers pre-set from the journal.
    mutating func openSafetyCheck(routineIndex: Int) {
        mode = .safetyCheck(SafetyCheck(routine: routines[routineIndex], routineIndex: routineIndex, facts: journal[routines[routineIndex].id]))
    }

    /// Shows the safety check again as it was answered today, from a question asked after it.
    mutating func returnToSafetyCheck(_ check: SafetyCheck) {
        var check = check
        check.limitScroll(to: maximumSafetyScroll(check))
        mode = .safetyCheck(check)
    }

    /// Keeps what a safety answer settles, so that coming back to the routine in this run
    /// does not ask again.
    mutating func remember(_ answer: SafetyAnswer) {
        journal[answer.routineID]?.note(answer.reply)
    }

    /// How many lines PgUp and PgDn scroll the safety check: most of a screen, so a line stays in view.
    var safetyCheckPage: Int { max(1, viewSize.height / 2) }

    /// How far the safety check can scroll at the last reported size.
    func maximumSafetyScroll(_ check: SafetyCheck) -> Int {
        safetyCheckScreen(check).maximumScroll(width: viewSize.width, height: viewSize.height)
    }

    /// The safety check's screen.
    func safetyCheckScreen(_ check: SafetyCheck) -> SafetyCheckScreen {
        SafetyCheckScreen(check: check, startedFromPicker: startedFromPicker, theme: theme, language: options.language)
    }
}
