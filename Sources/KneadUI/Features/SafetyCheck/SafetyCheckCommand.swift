/// What a key asks of the safety check shown before a session.
enum SafetyCheckCommand: Hashable, Sendable {
    case scrollUp, scrollDown, pageUp, pageDown, scrollToTop, scrollToBottom
    case answerNo, answerYes, soreLeft, soreRight, soreNeither, toggleFlare, toggleGentle, toggleContraindications
    case begin, showHelp, leave

    /// The keys of the safety check, in the order the help lists them.
    static let bindings: [KeyBinding<SafetyCheckCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: .keyScrollUp, command: .scrollUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: .keyScrollDown, command: .scrollDown),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .keyPageUp, command: .pageUp),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: .keyPageDown, command: .pageDown),
        KeyBinding(keys: [.home], label: "Home", action: .keyScrollToTop, command: .scrollToTop),
        KeyBinding(keys: [.end], label: "End", action: .keyScrollToEnd, command: .scrollToBottom),
        KeyBinding(keys: [.character("n")], label: "n", action: .keyAnswerNo, command: .answerNo),
        KeyBinding(keys: [.character("y")], label: "y", action: .keyAnswerYes, command: .answerYes),
        KeyBinding(keys: [.left], label: "←", action: .keySoreLeft, command: .soreLeft),
        KeyBinding(keys: [.right], label: "→", action: .keySoreRight, command: .soreRight),
        KeyBinding(keys: [.character("x")], label: "x", action: .keySoreNeither, command: .soreNeither),
        KeyBinding(keys: [.character("f")], label: "f", action: .keyToggleFlare, command: .toggleFlare),
        KeyBinding(keys: [.character("g")], label: "g", action: .keyToggleGentle, command: .toggleGentle),
        KeyBinding(keys: [.character("c")], label: "c", action: .keyToggleContraindications, command: .toggleContraindications),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter, Space", action: .keyBeginSession, command: .begin),
        KeyBinding(keys: [.character("?")], label: "?", action: .keyThisHelp, command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: .keyBackOrQuit, command: .leave),
    ]
}
