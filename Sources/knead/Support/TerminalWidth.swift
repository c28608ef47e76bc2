import Glibc

/// How many columns a command's printed lines may take.
enum TerminalWidth {
    /// The width of the terminal on standard output; else `COLUMNS`; else 80.
    static func current(environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
