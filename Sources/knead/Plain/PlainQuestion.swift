import KneadCore

/// A question the plain mode asks as a line, before a session or after it, in the order the
/// full screen asks them.
enum PlainQuestion: Hashable, Sendable, CaseIterable {
    /// "Do any of these apply to you?" about the routine's contraindications.
    case contraindications
    /// Whether the check before the very first session (honey: the allergy test) is done.
    case firstTimeCheck
    /// "Which side hurts more?"
    case soreSide
    /// "Is this a flare?"
    case flare
    /// Whether to start although the course has had its most sessions.
    case courseFull
    /// "How much does it hurt now?"
    case painBefore
    /// "And now, after the session?"
    case painAfter

    /// Whether only a deliberate answer lets the session go on: no answer (end of input)
    /// starts nothing, and an empty line is asked again.
    var needsAnswer: Bool {
        switch self {
        case .contraindications, .firstTimeCheck, .courseFull: true
        case .soreSide, .flare, .painBefore, .painAfter: false
        }
    }

    /// What `line` answers, or nil when it is not one of this question's answers.
    func answer(for line: String) -> LineAnswer? {
        let word = String(String(line.drop(while: \.isWhitespace).reversed()).drop(while: \.isWhitespace).reversed()).lowercased()
        switch self {
        case .contraindications, .firstTimeCheck, .courseFull:
            return LineAnswer.yesOrNo(word)
        case .soreSide:
            if word.isEmpty { return .side(.neither) }
            return LineAnswer.side(word).map(LineAnswer.side)
        case .flare:
            if word.isEmpty { return .no }
            return LineAnswer.yesOrNo(word)
        case .painBefore, .painAfter:
            if word.isEmpty || word == "s" { return .rating(nil) }
            guard let rating = Int(word), PainScale.range.contains(rating) else { return nil }
            return .rating(rating)
        }
    }
}
