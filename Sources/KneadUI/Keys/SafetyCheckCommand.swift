/// What a key asks of the safety check shown before a session.
enum SafetyCheckCommand: Hashable, Sendable {
    case scrollUp, scrollDown, pageUp, pageDown, scrollToTop, scrollToBottom
    case answerNo, answerYes, soreLeft, soreRight, soreNeither, toggleFlare, toggleGentle, toggleContraindications
    case begin, showHelp, leave

    /// The keys of the safety check, in the order the help lists them.
    static let bindings: [KeyBinding<SafetyCheckCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: "scroll up", command: .scrollUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: "scroll down", command: .scrollDown),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: "scroll up a page", command: .pageUp),
        KeyBinding(keys: [.pageDown], label: "PgDn", action: "scroll down a page", command: .pageDown),
        KeyBinding(keys: [.home], label: "Home", action: "scroll to the top", command: .scrollToTop),
        KeyBinding(keys: [.end], label: "End", action: "scroll to the end", command: .scrollToBottom),
        KeyBinding(keys: [.character("n")], label: "n", action: "no: none of these applies (or: not done yet)", command: .answerNo),
        KeyBinding(keys: [.character("y")], label: "y", action: "yes: one of these applies (or: check done)", command: .answerYes),
        KeyBinding(keys: [.left], label: "←", action: "the left side hurts more", command: .soreLeft),
        KeyBinding(keys: [.right], label: "→", action: "the right side hurts more", command: .soreRight),
        KeyBinding(keys: [.character("x")], label: "x", action: "neither side hurts more", command: .soreNeither),
        KeyBinding(keys: [.character("f")], label: "f", action: "a flare (acute pain): on or off", command: .toggleFlare),
        KeyBinding(keys: [.character("g")], label: "g", action: "gentle, skin only: on or off", command: .toggleGentle),
        KeyBinding(keys: [.character("c")], label: "c", action: "show or fold the contraindications", command: .toggleContraindications),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter, Space", action: "begin the session", command: .begin),
        KeyBinding(keys: [.character("?")], label: "?", action: "this help", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "back to the list, or quit", command: .leave),
    ]
}
