/// What a key asks of the list of routines.
enum PickerCommand: Hashable, Sendable {
    case selectPrevious, selectNext, selectFirst, selectLast, open, openByNumber, showHelp, quit

    /// The keys of the picker, in the order the help lists them.
    static let bindings: [KeyBinding<PickerCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: "key.previousRoutine", command: .selectPrevious),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: "key.nextRoutine", command: .selectNext),
        KeyBinding(keys: [.home, .pageUp], label: "Home, PgUp", action: "key.firstRoutine", command: .selectFirst),
        KeyBinding(keys: [.end, .pageDown], label: "End, PgDn", action: "key.lastRoutine", command: .selectLast),
        KeyBinding(keys: [.enter], label: "Enter", action: "key.openChosen", command: .open),
        KeyBinding(keys: Key.routineNumbers, label: "1–9", action: "key.openByNumber", command: .openByNumber),
        KeyBinding(keys: [.character("?")], label: "?", action: "key.thisHelp", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "key.quitKnead", command: .quit),
    ]
}
