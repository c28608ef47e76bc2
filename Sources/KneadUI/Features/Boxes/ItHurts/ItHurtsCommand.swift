import KneadCore

/// What a key asks of the "it hurts" box.
enum ItHurtsCommand: Hashable, Sendable {
    case choose(ItHurtsChoice), takeDefault

    /// The keys of the box, in the order the help lists them.
    static let bindings: [KeyBinding<ItHurtsCommand>] = [
        KeyBinding(keys: [.character("g")], label: "g", action: "key.goOnGently", command: .choose(.gentle)),
        KeyBinding(keys: [.character("s")], label: "s", action: "key.skipStep", command: .choose(.skip)),
        KeyBinding(keys: [.character("e")], label: "e", action: "key.endSession", command: .choose(.end)),
        KeyBinding(keys: [.character("r"), .escape], label: "r, Esc", action: "key.resumeAsItWas", command: .choose(.resume)),
        KeyBinding(keys: [.enter], label: "Enter", action: "key.takeDefault", command: .takeDefault),
    ]
}
