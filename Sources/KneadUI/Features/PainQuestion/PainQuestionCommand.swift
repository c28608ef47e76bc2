/// What a key asks of the pain question.
enum PainQuestionCommand: Hashable, Sendable {
    case answerDigit, lower, higher, answerHighlighted, skip, back

    /// The keys of the pain question, in the order the help lists them.
    static let bindings: [KeyBinding<PainQuestionCommand>] = [
        KeyBinding(keys: (0...9).map { .character(Character(String($0))) }, label: "0-9", action: .keyAnswerAtOnce, command: .answerDigit),
        KeyBinding(keys: [.left, .character("h")], label: "←, h", action: .keyLowerAnswer, command: .lower),
        KeyBinding(keys: [.right, .character("l")], label: "→, l", action: .keyHigherAnswer, command: .higher),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter, Space", action: .keyGiveHighlighted, command: .answerHighlighted),
        KeyBinding(keys: [.character("s"), .tab], label: "s, Tab", action: .keySkipQuestion, command: .skip),
        KeyBinding(keys: [.escape, .character("q")], label: "Esc, q", action: .keyBackOrSkip, command: .back),
    ]
}
