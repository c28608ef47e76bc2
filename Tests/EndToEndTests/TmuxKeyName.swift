@testable import KneadUI

/// How `tmux send-keys` presses a key of the app's key tables.
enum TmuxKeyName {
    /// The arguments of `send-keys` that press `key`: a key name, or `-l` and the literal
    /// character; nil for a key tmux cannot name.
    static func sendKeysArguments(for key: Key) -> [String]? {
        switch key {
        case .up: ["Up"]
        case .down: ["Down"]
        case .left: ["Left"]
        case .right: ["Right"]
        case .home: ["Home"]
        case .end: ["End"]
        case .pageUp: ["PPage"]
        case .pageDown: ["NPage"]
        case .enter: ["Enter"]
        case .escape: ["Escape"]
        case .backspace: ["BSpace"]
        case .tab: ["Tab"]
        case .character(" "): ["Space"]
        case .character(let character): ["-l", String(character)]
        case .other: nil
        }
    }

    /// Whether the terminal sends `key` as an escape sequence, which depends on the terminal
    /// type and its keypad mode; printable characters are the same bytes everywhere.
    static func isSentAsSequence(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .left, .right, .home, .end, .pageUp, .pageDown: true
        case .enter, .escape, .backspace, .tab, .character, .other: false
        }
    }

    /// A short readable name for test names: `↓`, `PgDn`, `Esc`, `q`.
    static func label(for key: Key) -> String {
        switch key {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .other(let code): "code \(code)"
        }
    }
}
