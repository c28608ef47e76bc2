import KneadCore

/// The journal's questions before and after a session: the course warning and the pain ratings.
extension AppModel {
    /// Starts anyway (noted in the journal) on the deliberate key, goes back to the safety check
    /// as it was answered, or stays.
    mutating func handleCourseWarningKey(_ key: Key, check: SafetyCheck, warning: CourseWarning) -> [AppCommand] {
        switch warning.handle(key) {
        case .stay: break
        case .startAnyway: askPainBefore(after: check, courseLimitOverridden: true)
        case .back: returnToSafetyCheck(check)
        }
        return []
    }

    /// Asks how much it hurts before the session `check` agreed on, offering last time's answer.
    mutating func askPainBefore(after check: SafetyCheck, courseLimitOverridden: Bool) {
        let facts = journal[check.routine.id]
        let question = PainQuestion(moment: .before, highlighted: facts?.lastPainBefore, reference: facts?.recentPain.last)
        mode = .painBefore(check, question, courseLimitOverridden: courseLimitOverridden)
    }

    /// Begins the session once the pain before is rated or skipped; Esc goes back to the safety
    /// check as it was answered.
    mutating func handlePainBeforeKey(
        _ key: Key, check: SafetyCheck, question: PainQuestion, courseLimitOverridden: Bool, at now: Instant
    ) -> [AppCommand] {
        var question = question
        switch question.handle(key) {
        case .stay:
            mode = .painBefore(check, question, courseLimitOverridden: courseLimitOverridden)
            return []
        case .answered(let rating):
            return begin(check.plan(courseLimitOverridden: courseLimitOverridden), painBefore: rating, at: now)
        case .back:
            returnToSafetyCheck(check)
            return []
        }
    }

    /// Records the pain after (or that it was skipped) and shows the summary; after a session
    /// the question turns Esc into a skip, so there is no going back.
    mutating func handlePainAfterKey(_ key: Key, session: Session, question: PainQuestion) -> [AppCommand] {
        var question = question
        guard case .answered(let rating) = question.handle(key) else {
            mode = .painAfter(session, question)
            return []
        }
        pain.after = rating
        mode = .finished(session)
        return [.record(.painAfter(rating))]
    }
}
