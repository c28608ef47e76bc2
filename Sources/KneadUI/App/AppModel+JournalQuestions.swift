import KneadCore

/// The journal's questions before and after a session: the course warning and the pain ratings.
extension AppModel {
    /// Starts anyway (noted in the journal) on the deliberate key, goes back to the safety check, or stays.
    mutating func handleCourseWarningKey(_ key: Key, plan: SessionPlan, warning: CourseWarning) -> [AppCommand] {
        switch warning.handle(key) {
        case .stay: break
        case .startAnyway:
            var plan = plan
            plan.courseLimitOverridden = true
            askPainBefore(plan)
        case .back: openSafetyCheck(routineIndex: plan.routineIndex)
        }
        return []
    }

    /// Asks how much it hurts before a session of the routine, offering last time's answer.
    mutating func askPainBefore(_ plan: SessionPlan) {
        let facts = journal[routines[plan.routineIndex].id]
        let question = PainQuestion(moment: .before, highlighted: facts?.lastPainBefore, reference: facts?.recentPain.last)
        mode = .painBefore(plan, question)
    }

    /// Begins the session once the pain before is rated or skipped; Esc goes back to the safety check.
    mutating func handlePainBeforeKey(_ key: Key, plan: SessionPlan, question: PainQuestion, at now: Instant) -> [AppCommand] {
        var question = question
        switch question.handle(key) {
        case .stay:
            mode = .painBefore(plan, question)
            return []
        case .answered(let rating):
            return begin(plan, painBefore: rating, at: now)
        case .back:
            openSafetyCheck(routineIndex: plan.routineIndex)
            return []
        }
    }

    /// Records the pain after (or that it was skipped) and shows the summary.
    mutating func handlePainAfterKey(_ key: Key, session: Session, question: PainQuestion) -> [AppCommand] {
        var question = question
        switch question.handle(key) {
        case .stay:
            mode = .painAfter(session, question)
            return []
        case .answered(let rating):
            pain.after = rating
            mode = .finished(session)
            return [.record(.painAfter(rating))]
        case .back:
            mode = .finished(session)
            return [.record(.painAfter(nil))]
        }
    }
}
