/// What a key answers to the warning that a course already holds its most sessions.
enum CourseWarningCommand: Hashable, Sendable {
    case startAnyway, back

    /// The keys of the warning; any other key (Enter among them) leaves it open.
    static let bindings: [KeyBinding<CourseWarningCommand>] = [
        KeyBinding(keys: [.character("y"), .character("Y")], label: "y", action: .keyStartAnyway, command: .startAnyway),
        KeyBinding(keys: [.character("n"), .character("N"), .character("q"), .escape], label: "n, q, Esc", action: .keyBackToCheck, command: .back),
    ]
}
