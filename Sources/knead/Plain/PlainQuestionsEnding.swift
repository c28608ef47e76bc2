import KneadUI

/// Where the questions before a plain session ended: the session begins, or nothing starts.
enum PlainQuestionsEnding: Hashable, Sendable {
    /// The session begins as `plan` has it, with the pain rated before it (nil: skipped).
    case begin(SessionPlan, painBefore: Int?)
    /// Nothing starts, for this reason.
    case stop(Reason)

    /// Why nothing starts.
    enum Reason: Hashable, Sendable {
        /// One of the contraindications applies: ask a doctor first.
        case contraindicationApplies
        /// The first-time check (honey: the allergy test) is not done yet.
        case firstTimeCheckNotDone
        /// The course has had its most sessions, and the person did not start anyway.
        case courseFull
        /// Input ended before a question that needs a deliberate answer was answered.
        case noAnswer
        /// The session cannot begin as answered: a flare, nothing gentle left, or no steps.
        case refused(SessionRefusal)
    }
}
