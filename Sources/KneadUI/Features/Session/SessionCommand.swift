/// What a key asks of a running or paused session.
enum SessionCommand: Hashable, Sendable {
    case pauseOrResume, nextStep, back, restartStep, addTime, removeTime, itHurts, showHelp, askToQuit

    /// The keys of a session, in the order the help lists them.
    static let bindings: [KeyBinding<SessionCommand>] = [
        KeyBinding(keys: [.character(" "), .character("p")], label: "Space, p", action: .keyPauseOrResume, command: .pauseOrResume),
        KeyBinding(keys: [.character("n"), .right], label: "n, →", action: .keyNextStep, command: .nextStep),
        KeyBinding(keys: [.character("b"), .left], label: "b, ←", action: .keyBack, command: .back),
        KeyBinding(keys: [.character("r")], label: "r", action: .keyRestartStep, command: .restartStep),
        KeyBinding(keys: [.character("+"), .character("=")], label: "+, =", action: .keyAddTime, command: .addTime),
        KeyBinding(keys: [.character("-")], label: "-", action: .keyRemoveTime, command: .removeTime),
        KeyBinding(keys: [.character("h"), .character("!")], label: "h, !", action: .keyItHurts, command: .itHurts),
        KeyBinding(keys: [.character("?")], label: "?", action: .keyThisHelp, command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: .keyAskToQuit, command: .askToQuit),
    ]
}
