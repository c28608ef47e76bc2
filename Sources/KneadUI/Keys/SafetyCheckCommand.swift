/// What a key asks of the safety check shown before a session.
enum SafetyCheckCommand: Hashable, Sendable {
    case scrollUp, scrollDown, begin, showHelp, leave

    /// The keys of the safety check, in the order the help lists them.
    static let bindings: [KeyBinding<SafetyCheckCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: "scroll up", command: .scrollUp),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: "scroll down", command: .scrollDown),
        KeyBinding(keys: [.enter, .character(" ")], label: "Enter, Space", action: "begin the session", command: .begin),
        KeyBinding(keys: [.character("?")], label: "?", action: "this help", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "back to the list, or quit", command: .leave),
    ]
}
