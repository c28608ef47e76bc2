/// An answer given on a routine's safety check, kept in the journal with its date.
public struct SafetyAnswer: Hashable, Sendable {
    /// The question answered.
    public enum Question: String, CaseIterable, Hashable, Sendable {
        /// "Do any of these apply to you?" about the routine's contraindications.
        case contraindications
        /// Whether the routine's check before its very first session (honey: the allergy test) is done.
        case firstTimeCheck = "first_time_check"
    }

    /// What was answered.
    public enum Reply: String, CaseIterable, Hashable, Sendable {
        /// None of the contraindications applies.
        case noneApply = "none_apply"
        /// At least one applies: nothing starts, and the person is told to ask a doctor first.
        case someApply = "some_apply"
        /// The first-time check is done.
        case done
        /// The first-time check is not done yet: nothing starts.
        case notDone = "not_done"
        /// The contraindications were shown but nobody could be asked (a plain session whose
        /// standard input is not a terminal): nothing is confirmed.
        case notAsked = "not_asked"

        /// Whether the session may go ahead after this reply.
        public var letsSessionStart: Bool { self == .noneApply || self == .done }
    }

    /// The routine's id, such as `honey`.
    public var routineID: String
    public var question: Question
    public var reply: Reply

    public init(routineID: String, question: Question, reply: Reply) {
        self.routineID = routineID
        self.question = question
        self.reply = reply
    }
}
