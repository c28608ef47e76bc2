/// What a key asks of the calendar screen.
enum CalendarCommand: Hashable, Sendable {
    case earlierMonth, laterMonth, routineAbove, routineBelow, thisMonth, showHelp, back

    /// The keys of the calendar, in the order the help lists them.
    static let bindings: [KeyBinding<CalendarCommand>] = [
        KeyBinding(keys: [.left, .character("h")], label: "←, h", action: .keyEarlierMonth, command: .earlierMonth),
        KeyBinding(keys: [.right, .character("l")], label: "→, l", action: .keyLaterMonth, command: .laterMonth),
        KeyBinding(keys: [.up, .character("k")], label: "↑, k", action: .keyCalendarPreviousRoutine, command: .routineAbove),
        KeyBinding(keys: [.down, .character("j")], label: "↓, j", action: .keyCalendarNextRoutine, command: .routineBelow),
        KeyBinding(keys: [.character("t"), .home], label: "t, Home", action: .keyThisMonth, command: .thisMonth),
        KeyBinding(keys: [.character("?")], label: "?", action: .keyThisHelp, command: .showHelp),
        KeyBinding(keys: [.escape, .character("q"), .character("c"), .backspace], label: "Esc, q, c", action: .keyBackToList, command: .back),
    ]
}
