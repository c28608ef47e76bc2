import KneadUI

/// What the run loop draws on and reads keys from: the real terminal through ncurses, or a
/// screen in memory in tests.
protocol TerminalDevice: AnyObject {
    /// Whether the terminal is in the program's hands (not suspended, not restored).
    var isActive: Bool { get }
    /// The size drawing happens at: the one last adopted.
    var adoptedSize: TerminalSize { get }
    /// The terminal's size as it is now.
    func currentSize() -> TerminalSize
    /// Takes on `size` and repaints everything on the next draw.
    func adopt(_ size: TerminalSize)
    /// Shows `screen`, sending only what changed.
    func draw(_ screen: Screen)
    /// Every key waiting, without blocking.
    func readPendingInput() -> [TerminalInput]
    /// Rings the bell.
    func ringBell()
    /// Gives the terminal back to the shell for a while (Ctrl-Z).
    func suspend()
    /// Takes the terminal back after `suspend`, repainting everything.
    func resume()
    /// Makes the next draw send every cell.
    func repaintEverything()
}
