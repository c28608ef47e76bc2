/// What a key asks of a running or paused session.
enum SessionCommand: Hashable, Sendable {
    case pauseOrResume, nextStep, back, restartStep, addTime, removeTime, itHurts, showHelp, askToQuit

    /// The keys of a session, in the order the help lists them.
    static let bindings: [KeyBinding<SessionCommand>] = [
        KeyBinding(keys: [.character(" "), .character("p")], label: "Space, p", action: "key.pauseOrResume", command: .pauseOrResume),
        KeyBinding(keys: [.character("n"), .right], label: "n, →", action: "key.nextStep", command: .nextStep),
        KeyBinding(keys: [.character("b"), .left], label: "b, ←", action: "key.back", command: .back),
        KeyBinding(keys: [.character("r")], label: "r", action: "key.restartStep", command: .restartStep),
        KeyBinding(keys: [.character("+"), .character("=")], label: "+, =", action: "key.addTime", command: .addTime),
        KeyBinding(keys: [.character("-")], label: "-", action: "key.removeTime", command: .removeTime),
        KeyBinding(keys: [.character("h"), .character("!")], label: "h, !", action: "key.itHurts", command: .itHurts),
        KeyBinding(keys: [.character("?")], label: "?", action: "key.thisHelp", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "key.askToQuit", command: .askToQuit),
    ]
}
