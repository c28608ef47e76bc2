/// What a key asks of the list of routines.
enum PickerCommand: Hashable, Sendable {
    case selectPrevious, selectNext, selectFirst, selectLast, open, openByNumber, showHelp, quit

    /// The keys of the picker, in the order the help lists them.
    static let bindings: [KeyBinding<PickerCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: "previous routine", command: .selectPrevious),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: "next routine", command: .selectNext),
        KeyBinding(keys: [.home, .pageUp], label: "Home, PgUp", action: "first routine", command: .selectFirst),
        KeyBinding(keys: [.end, .pageDown], label: "End, PgDn", action: "last routine", command: .selectLast),
        KeyBinding(keys: [.enter], label: "Enter", action: "open the chosen routine", command: .open),
        KeyBinding(keys: Key.routineNumbers, label: "1–9", action: "open a routine by its number", command: .openByNumber),
        KeyBinding(keys: [.character("?")], label: "?", action: "this help", command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: "quit knead", command: .quit),
    ]
}
