import KneadCore

/// A check to do once before a routine's very first session (honey: the allergy test),
/// asked after the contraindications until the person says it is done.
public struct FirstTimeCheck: Hashable, Sendable {
    /// Where the question stands.
    public enum State: Hashable, Sendable {
        /// Not answered yet: `y` (done) or `n` (not yet).
        case asking
        /// Done: the session may start.
        case done
        /// Not done yet: nothing starts until it is.
        case notDone
    }

    /// What the check is, as the routine's script words it.
    public let text: LocalizedText
    public private(set) var state: State

    /// The check of a routine, or nil when it has none or it was done before.
    public init?(text: LocalizedText?, alreadyDone: Bool) {
        guard let text, !alreadyDone else { return nil }
        self.text = text
        state = .asking
    }

    /// `y`: done, also after "not yet". Returns the reply to record when this answered the question.
    public mutating func answerDone() -> SafetyAnswer.Reply? {
        guard state != .done else { return nil }
        state = .done
        return .done
    }

    /// `n`: not done yet.
    public mutating func answerNotDone() -> SafetyAnswer.Reply? {
        guard state == .asking else { return nil }
        state = .notDone
        return .notDone
    }
}
