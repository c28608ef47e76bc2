/// Names for keys, as a test names them on the command line: `down`, `pgdn`, `enter`, `q`.
public enum KeyName {
    /// The key named `name`: a single character stands for itself, and `up`, `down`, `left`,
    /// `right`, `home`, `end`, `pgup`, `pgdn`, `enter`, `esc`, `space`, `tab` and `backspace`
    /// for those keys; nil for anything else.
    public static func key(named name: String) -> Key? {
        switch name {
        case "up": .up
        case "down": .down
        case "left": .left
        case "right": .right
        case "home": .home
        case "end": .end
        case "pgup": .pageUp
        case "pgdn": .pageDown
        case "enter": .enter
        case "esc": .escape
        case "space": .character(" ")
        case "tab": .tab
        case "backspace": .backspace
        default: name.count == 1 ? .character(name.first!) : nil
        }
    }

    /// The name `key(named:)` reads back as `key`, or nil for a key without one.
    public static func name(of key: Key) -> String? {
        switch key {
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .enter: "enter"
        case .escape: "esc"
        case .character(" "): "space"
        case .tab: "tab"
        case .backspace: "backspace"
        case .character(","): nil
        case .character(let character): String(character)
        case .other: nil
        }
    }

    /// The keys of a comma-separated list such as `down,down,enter`; nil if any name is unknown.
    public static func keys(inList list: String) -> [Key]? {
        var keys: [Key] = []
        for name in list.split(separator: ",", omittingEmptySubsequences: true) {
            guard let key = key(named: String(name)) else { return nil }
            keys.append(key)
        }
        return keys
    }
}
