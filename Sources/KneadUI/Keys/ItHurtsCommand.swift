import KneadCore

/// What a key asks of the "it hurts" box.
enum ItHurtsCommand: Hashable, Sendable {
    case choose(ItHurtsChoice), takeDefault

    /// The keys of the box, in the order the help lists them.
    static let bindings: [KeyBinding<ItHurtsCommand>] = [
        KeyBinding(keys: [.character("g")], label: "g", action: "go on gently: stroking and rest only", command: .choose(.gentle)),
        KeyBinding(keys: [.character("s")], label: "s", action: "skip this step", command: .choose(.skip)),
        KeyBinding(keys: [.character("e")], label: "e", action: "end the session", command: .choose(.end)),
        KeyBinding(keys: [.character("r"), .escape], label: "r, Esc", action: "resume as it was", command: .choose(.resume)),
        KeyBinding(keys: [.enter], label: "Enter", action: "the choice marked as the default", command: .takeDefault),
    ]
}
