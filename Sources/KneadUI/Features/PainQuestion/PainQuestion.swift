import KneadCore

/// The question "how much does it hurt?" on the 0–10 scale, asked before the first step and
/// after the last: its own small state machine.
///
/// A digit answers 0 to 9 at once; ← and → move a highlight (to reach 10, or to change the
/// answer offered) and Enter gives it; `s` skips. Before a session the highlight starts on
/// the answer given last time, so a returning person answers with Enter alone.
public struct PainQuestion: Hashable, Sendable {
    /// When the question is asked.
    public enum Moment: Hashable, Sendable {
        case before, after
    }

    /// What a key leads to.
    public enum Transition: Hashable, Sendable {
        /// The question stays up (perhaps with another answer highlighted).
        case stay
        /// The person answered; nil when they skipped.
        case answered(Int?)
        /// The person stepped back (before a session: to the safety check).
        case back
    }

    public let moment: Moment
    /// The answer Enter would give, if any.
    public private(set) var highlighted: Int?
    /// The ratings to show for reference: before a session the last session's, after it this one's before.
    public let reference: PainRatings?

    public init(moment: Moment, highlighted: Int? = nil, reference: PainRatings? = nil) {
        self.moment = moment
        self.highlighted = highlighted.map { min(max($0, PainScale.range.lowerBound), PainScale.range.upperBound) }
        self.reference = reference
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> Transition {
        guard let command = PainQuestionCommand.bindings.command(for: key) else { return .stay }
        switch command {
        case .answerDigit:
            guard case .character(let character) = key, let digit = character.wholeNumberValue else { return .stay }
            return .answered(digit)
        case .lower:
            highlighted = max(PainScale.range.lowerBound, (highlighted ?? 1) - 1)
        case .higher:
            highlighted = min(PainScale.range.upperBound, (highlighted ?? -1) + 1)
        case .answerHighlighted:
            return highlighted.map { .answered($0) } ?? .stay
        case .skip:
            return .answered(nil)
        case .back:
            return moment == .before ? .back : .answered(nil)
        }
        return .stay
    }
}
