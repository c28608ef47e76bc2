extension StandardStream {
    /// Writes `line` and a line end, made safe for the terminal first (text from scripts is
    /// never sent to it raw).
    func writeVisibleLine(_ line: String) {
        write(VisibleLine.sanitized(line) + "\n")
    }
}
