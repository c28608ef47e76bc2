/// What a key asks of a running or paused session.
enum SessionCommand: Hashable, Sendable {
    case pauseOrResume, nextStep, back, restartStep, addTime, removeTime, itHurts, showHelp, askToQuit

    /// The keys of a session, in the order the help lists them.
    static let bindings: [KeyBinding<SessionCommand>] = [
        KeyBinding(keys: [.character(" "), .character("p")], label: "Space, p", action: "pause or resume", command: .pauseOrResume),
        KeyBinding(keys: [.character("n"), .right], label: "n, →", action: "next step", command: .nextStep),
        KeyBinding(keys: [.character("b"), .left], label: "b, ←", action: "back: restart, or previous step", command: .back),
        KeyBinding(keys: [.character("r")], label: "r", action: "restart this step", command: .restartStep),
        KeyBinding(keys: [.character("+"), .character("=")], label: "+, =", action: "add 15 s to this step", command: .addTime),
        KeyBinding(keys: [.character("-")], label: "-", action: "take 15 s off this step", command: .removeTime),
        KeyBinding(keys: [.character("h"), .character("!")], label: "h, !", action: "it hurts: pause, then choose", command: .itHurts),
        KeyBinding(keys: [.character("?")], label: "?", action: "this help", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "quit (asks first)", command: .askToQuit),
    ]
}
