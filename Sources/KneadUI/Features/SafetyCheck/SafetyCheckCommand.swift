/// What a key asks of the safety check shown before a session.
enum SafetyCheckCommand: Hashable, Sendable {
    case scrollUp, scrollDown, pageUp, pageDown, scrollToTop, scrollToBottom
    case answerNo, answerYes, soreLeft, soreRight, soreNeither, toggleFlare, toggleGentle, toggleContraindications
    case begin, showHelp, leave

    /// The keys of the safety check, in the order the help lists them.
    static let bindings: [KeyBinding<SafetyCheckCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: "key.scrollUp", command: .scrollUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: "key.scrollDown", command: .scrollDown),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: "key.pageUp", command: .pageUp),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: "key.pageDown", command: .pageDown),
        KeyBinding(keys: [.home], label: "Home", action: "key.scrollToTop", command: .scrollToTop),
        KeyBinding(keys: [.end], label: "End", action: "key.scrollToEnd", command: .scrollToBottom),
        KeyBinding(keys: [.character("n")], label: "n", action: "key.answerNo", command: .answerNo),
        KeyBinding(keys: [.character("y")], label: "y", action: "key.answerYes", command: .answerYes),
        KeyBinding(keys: [.left], label: "←", action: "key.soreLeft", command: .soreLeft),
        KeyBinding(keys: [.right], label: "→", action: "key.soreRight", command: .soreRight),
        KeyBinding(keys: [.character("x")], label: "x", action: "key.soreNeither", command: .soreNeither),
        KeyBinding(keys: [.character("f")], label: "f", action: "key.toggleFlare", command: .toggleFlare),
        KeyBinding(keys: [.character("g")], label: "g", action: "key.toggleGentle", command: .toggleGentle),
        KeyBinding(keys: [.character("c")], label: "c", action: "key.toggleContraindications", command: .toggleContraindications),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter, Space", action: "key.beginSession", command: .begin),
        KeyBinding(keys: [.character("?")], label: "?", action: "key.thisHelp", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "key.backOrQuit", command: .leave),
    ]
}
