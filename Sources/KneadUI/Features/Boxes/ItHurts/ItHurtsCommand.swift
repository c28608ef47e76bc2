import KneadCore

/// What a key asks of the "it hurts" box.
enum ItHurtsCommand: Hashable, Sendable {
    case choose(ItHurtsChoice), takeDefault

    /// The keys of the box, in the order the help lists them.
    static let bindings: [KeyBinding<ItHurtsCommand>] = [
        KeyBinding(keys: [.character("g")], label: "g", action: .keyGoOnGently, command: .choose(.gentle)),
        KeyBinding(keys: [.character("s")], label: "s", action: .keySkipStep, command: .choose(.skip)),
        KeyBinding(keys: [.character("e")], label: "e", action: .keyEndSession, command: .choose(.end)),
        KeyBinding(keys: [.character("r"), .escape], label: "r, Esc", action: .keyResumeAsItWas, command: .choose(.resume)),
        KeyBinding(keys: [.enter], label: "Enter", action: .keyTakeDefault, command: .takeDefault),
    ]
}
