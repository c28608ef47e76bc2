/// What a key asks of the list of routines.
enum PickerCommand: Hashable, Sendable {
    case selectPrevious, selectNext, selectFirst, selectLast, open, openByNumber, openCalendar, showHelp, quit

    /// The keys of the picker, in the order the help lists them.
    static let bindings: [KeyBinding<PickerCommand>] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: .keyPreviousRoutine, command: .selectPrevious),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: .keyNextRoutine, command: .selectNext),
        KeyBinding(keys: [.home, .pageUp], label: "Home, PgUp", action: .keyFirstRoutine, command: .selectFirst),
        KeyBinding(keys: [.end, .pageDown], label: "End, PgDn", action: .keyLastRoutine, command: .selectLast),
        KeyBinding(keys: [.enter], label: "Enter", action: .keyOpenChosen, command: .open),
        KeyBinding(keys: Key.routineNumbers, label: "1–9", action: .keyOpenByNumber, command: .openByNumber),
        KeyBinding(keys: [.character("c")], label: "c", action: .keyOpenCalendar, command: .openCalendar),
        KeyBinding(keys: [.character("?")], label: "?", action: .keyThisHelp, command: .showHelp),
        KeyBinding(keys: [.character("q"), .escape], label: "q, Esc", action: .keyQuitKnead, command: .quit),
    ]
}
