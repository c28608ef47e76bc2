import KneadUI

/// Something read from the terminal's input: a key for the app, or news that the size changed.
enum TerminalInput: Hashable, Sendable {
    /// A key the person pressed.
    case key(Key)
    /// The terminal was resized (ncurses' `KEY_RESIZE`).
    case resize
}
