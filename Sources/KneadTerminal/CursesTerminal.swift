import CNcurses
import CTerminalRescue
import Glibc
import KneadUI

/// The real terminal, driven through ncursesw: sets it up, draws screens, and gives it back.
///
/// Drawing writes only the rows that differ from the last screen into `stdscr`, then lets
/// ncurses send the difference to the terminal with `wnoutrefresh` + `doupdate`; nothing ever
/// calls `clear()`, so a countdown tick costs a handful of bytes.
final class CursesTerminal: TerminalDevice {

    /// Why the terminal could not be set up.
    enum StartError: Error, CustomStringConvertible {
        /// ncurses could not open the terminal, usually because of an unknown `TERM`.
        case cannotOpenTerminal(term: String?)
        /// The terminal cannot move its cursor (such as `TERM=dumb`), so it cannot show a full screen.
        case cannotMoveCursor(term: String?)

        var description: String {
            switch self {
            case .cannotOpenTerminal(let term):
                "cannot use the terminal (TERM=\(term ?? "unset")); run in a terminal with a known TERM, or use --plain"
            case .cannotMoveCursor(let term):
                "the terminal (TERM=\(term ?? "unset")) cannot show a full screen; use --plain"
            }
        }
    }

    /// The number of the first colour pair; pair 0 is the terminal's default colours.
    private static let firstColorPair: Int16 = 1

    /// Whether styles may use colour pairs.
    private let usesColor: Bool
    /// The cursor visibility before the session hid it, to restore; nil when it could not change.
    private var previousCursor: Int32?
    /// The screen as last drawn into `stdscr`; nil forces every cell to be drawn.
    private var drawn: Screen?
    /// Whether the terminal is in program mode (between setup and `suspend`/`restore`).
    private(set) var isActive = false
    /// Whether the next draw must switch the terminal's keypad to application mode again.
    ///
    /// `endwin` takes the keypad out of it, and the `doupdate` that takes the screen back does
    /// not put it back; ncurses would do so only inside its next key read, by which time the
    /// first key has already arrived in the wrong form.
    private var keypadNeedsTransmitMode = true

    /// Sets the terminal up for a full-screen session: UTF-8 locale, raw-ish keys, hidden cursor.
    ///
    /// Keeps ISIG on (`cbreak`, not `raw`) so Ctrl-C, Ctrl-Z and friends still become signals.
    init(colors wantsColors: Bool) throws(StartError) {
        setlocale(LC_ALL, "")
        if knead_codeset_is_utf8() == 0 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let term = getenv("TERM").map { String(cString: $0) }
        _ = knead_rescue_save_terminal_settings()
        guard let screen = knead_newterm() else { throw .cannotOpenTerminal(term: term) }
        guard knead_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .cannotMoveCursor(term: term)
        }
        isActive = true
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        keypad(knead_stdscr(), true)
        nodelay(knead_stdscr(), true)
        leaveok(knead_stdscr(), true)
        // Never stop in the middle of a frame to look for typed keys.
        typeahead(-1)
        let cursor = curs_set(0)
        previousCursor = cursor == ERR ? nil : cursor

        var colorsReady = false
        if wantsColors && has_colors() {
            start_color()
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            for color in TextColor.allCases {
                init_pair(Self.firstColorPair + Int16(color.rawValue), Int16(color.rawValue), background)
            }
            colorsReady = true
        }
        usesColor = colorsReady
        Self.installCrashRescue()

        // Until the screen has once been left and taken back, ncurses flushes its output after
        // every cursor movement, sending a frame in five or more writes, each of which wakes
        // the terminal. Leaving it once now, before anything is drawn, makes the first draw take
        // it back, and every frame after that goes out in one write.
        endwin()
    }

    /// The terminal's size as the kernel reports it now, or ncurses' idea of it if that fails.
    func currentSize() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        for descriptor in [STDOUT_FILENO, STDIN_FILENO] where knead_window_size(descriptor, &rows, &columns) == 0 {
            if rows > 0 && columns > 0 { return TerminalSize(width: Int(columns), height: Int(rows)) }
        }
        return TerminalSize(width: Int(knead_cols()), height: Int(knead_lines()))
    }

    /// The size ncurses draws at: the one last adopted.
    var adoptedSize: TerminalSize {
        TerminalSize(width: Int(knead_cols()), height: Int(knead_lines()))
    }

    /// Tells ncurses the terminal now has `size`, and repaints everything on the next draw.
    func adopt(_ size: TerminalSize) {
        if size.width != Int(knead_cols()) || size.height != Int(knead_lines()) {
            resize_term(Int32(max(1, size.height)), Int32(max(1, size.width)))
        }
        repaintEverything()
    }

    /// Makes the next `draw` send every cell, as after a resize or a return from Ctrl-Z.
    func repaintEverything() {
        drawn = nil
        clearok(knead_curscr(), true)
    }

    /// Shows `screen` on the terminal, sending only what changed.
    func draw(_ screen: Screen) {
        let window = knead_stdscr()
        let fresh = drawn.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if fresh { werase(window) }
        let rowLimit = min(screen.height, Int(getmaxy(window)))
        let columnLimit = min(screen.width, Int(getmaxx(window)))
        for row in 0..<rowLimit {
            let cells = screen.rows[row]
            if !fresh, let drawn {
                // Cell by cell only where no wide character covers a neighbour, which such
                // comparisons could leave half drawn; ncurses sends only changes either way.
                if !drawn.mayHoldWideCharacters[row] && !screen.mayHoldWideCharacters[row] {
                    for column in Self.changedColumns(from: drawn.rows[row], to: cells, limit: columnLimit) {
                        _ = put(cells[column], row: row, column: column, columnLimit: columnLimit)
                    }
                    continue
                }
                if drawn.rows[row] == cells { continue }
            }
            var column = 0
            while column < columnLimit {
                column += put(cells[column], row: row, column: column, columnLimit: columnLimit)
            }
        }
        drawn = screen
        wnoutrefresh(window)
        doupdate()
        if keypadNeedsTransmitMode {
            // `keypad` sends the terminal's `smkx` at once (and flushes it).
            keypad(window, true)
            keypadNeedsTransmitMode = false
        }
    }

    /// Reads every key waiting in the input, without blocking.
    func readPendingInput() -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        while true {
            var value: wint_t = 0
            let status = get_wch(&value)
            guard status != ERR else { break }
            if let input = KeyDecoder.decode(status: status, value: UInt32(value)) {
                inputs.append(input)
            }
        }
        return EscapeSequenceDecoder.combine(inputs)
    }

    /// Rings the terminal bell.
    func ringBell() {
        beep()
    }

    /// Gives the terminal back to the shell for a while (Ctrl-Z); `resume` takes it again.
    func suspend() {
        guard isActive else { return }
        endwin()
        isActive = false
        knead_rescue_set_armed(0)
        keypadNeedsTransmitMode = true
    }

    /// Takes the terminal back after `suspend`, at its current size, repainting everything.
    func resume() {
        isActive = true
        knead_rescue_set_armed(1)
        adopt(currentSize())
    }

    /// Restores the terminal for good: shows the cursor and leaves program mode.
    func restore() {
        // After `suspend` the terminal is already in shell mode, with the cursor shown.
        guard isActive else { return }
        if let previousCursor { curs_set(previousCursor) }
        endwin()
        isActive = false
        knead_rescue_set_armed(0)
    }

    /// Prepares the crash handlers that give the terminal back if knead itself fails.
    ///
    /// They write what `endwin` would (leave the alternate screen, show the cursor, plain
    /// attributes, keypad back to normal) and put back the settings saved before `newterm`.
    private static func installCrashRescue() {
        let names: [String] = ["rmcup", "cnorm", "sgr0", "rmkx"]
        let restoring = names
            .compactMap { (name: String) -> String? in
                name.withCString { knead_string_capability($0) }.map { String(cString: $0) }
            }
            .joined()
        restoring.withCString { knead_rescue_install($0, strlen($0)) }
        knead_rescue_set_armed(1)
    }

    /// Draws one cell and returns how many columns it took (2 for a wide character).
    private func put(_ cell: Cell, row: Int, column: Int, columnLimit: Int) -> Int {
        let capacity = Int(CCHARW_MAX)
        return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity + 1) { text in
            var count = 0
            for scalar in cell.character.unicodeScalars.prefix(capacity) {
                text[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            var width = knead_character_width(text[0])
            if width < 1 || (width == 2 && column + 1 >= columnLimit) {
                text[0] = wchar_t(bitPattern: 0xFFFD)
                count = 1
                width = 1
            }
            text[count] = 0
            knead_put_cell(Int32(row), Int32(column), text.baseAddress, attributes(of: cell.style), colorPair(of: cell.style))
            return Int(width)
        }
    }

    /// The columns, below `limit`, whose cells differ between two rows, compared where they lie
    /// rather than copied out one by one.
    private static func changedColumns(from previous: [Cell], to cells: [Cell], limit: Int) -> [Int] {
        previous.withUnsafeBufferPointer { before in
            cells.withUnsafeBufferPointer { after in
                let shared = min(limit, before.count, after.count)
                return (0..<shared).filter { before[$0] != after[$0] }
            }
        }
    }

    /// The ncurses attributes for a style.
    private func attributes(of style: CellStyle) -> attr_t {
        var attributes = knead_attr_normal()
        if style.bold { attributes |= knead_attr_bold() }
        if style.reverse { attributes |= knead_attr_reverse() }
        if style.dim { attributes |= knead_attr_dim() }
        return attributes
    }

    /// The colour pair for a style: 0 (default colours) without colour.
    private func colorPair(of style: CellStyle) -> Int16 {
        guard usesColor, let color = style.color else { return 0 }
        return Self.firstColorPair + Int16(color.rawValue)
    }
}
