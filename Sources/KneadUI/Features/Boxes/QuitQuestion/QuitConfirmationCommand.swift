/// What a key answers to the question asked before a session is quit.
enum QuitConfirmationCommand: Hashable, Sendable {
    case confirm, keepGoing

    /// The keys of the quit question; any other key leaves the question open.
    static let bindings: [KeyBinding<QuitConfirmationCommand>] = [
        KeyBinding(keys: [.character("y"), .character("Y")], label: "y", action: .keyQuitSession, command: .confirm),
        KeyBinding(keys: [.character("n"), .character("N"), .escape], label: "n, Esc", action: .keyKeepGoing, command: .keepGoing),
    ]
}
