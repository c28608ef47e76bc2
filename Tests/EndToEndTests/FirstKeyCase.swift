import Testing
@testable import KneadUI

/// One key pressed as the first key a screen gets: right after start, or right after Ctrl-Z and `fg`.
struct FirstKeyCase: Sendable, CustomTestStringConvertible {
    /// The terminal types each case runs under when the key is an escape sequence.
    static let terminalTypes = ["tmux-256color", "xterm-256color", "screen"]

    let screen: FirstKeyScreen
    let key: Key
    /// The `TERM` knead runs with.
    let term: String
    /// Whether the key comes right after a suspension with Ctrl-Z and a return with `fg`.
    let afterResume: Bool

    var testDescription: String {
        "\(screen.rawValue): \(TmuxKeyName.label(for: key)) first\(afterResume ? " after fg" : "") (TERM=\(term))"
    }

    /// Every case: each key of each screen's table, first after start and first after `fg`;
    /// keys sent as escape sequences under every terminal type, printable ones (the same bytes
    /// everywhere) under the first.
    static func all(afterResume: Bool) -> [FirstKeyCase] {
        FirstKeyScreen.allCases.flatMap { screen in
            screen.keys.flatMap { key in
                let terms = TmuxKeyName.isSentAsSequence(key) ? terminalTypes : [terminalTypes[0]]
                return terms.map { FirstKeyCase(screen: screen, key: key, term: $0, afterResume: afterResume) }
            }
        }
    }
}
