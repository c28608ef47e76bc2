import KneadUI
@testable import KneadTerminal

/// A terminal in memory: it keeps every screen drawn and hands out keys a test queued.
final class MemoryTerminal: TerminalDevice {
    /// The screens drawn, oldest first.
    private(set) var drawnScreens: [Screen] = []
    /// The keys and resizes waiting to be read.
    var pendingInput: [TerminalInput] = []
    /// The size the terminal has now; a test changes it to simulate a resize.
    var size: TerminalSize
    /// How often the bell rang.
    private(set) var bells = 0
    /// What happened to the terminal besides drawing, in order: `suspend`, `resume`, `adopt W×H`.
    private(set) var events: [String] = []
    private(set) var isActive = true
    private(set) var adoptedSize: TerminalSize

    init(width: Int = 80, height: Int = 24) {
        size = TerminalSize(width: width, height: height)
        adoptedSize = size
    }

    /// The last screen drawn, as text.
    var lastScreen: String { drawnScreens.last?.text ?? "" }

    func currentSize() -> TerminalSize { size }

    func adopt(_ size: TerminalSize) {
        adoptedSize = size
        events.append("adopt \(size.width)×\(size.height)")
    }

    func draw(_ screen: Screen) { drawnScreens.append(screen) }

    func readPendingInput() -> [TerminalInput] {
        defer { pendingInput = [] }
        return pendingInput
    }

    func ringBell() { bells += 1 }

    func suspend() {
        isActive = false
        events.append("suspend")
    }

    func resume() {
        isActive = true
        events.append("resume")
        adopt(size)
    }

    func repaintEverything() { events.append("repaint") }
}
