import Synchronization

/// Breaks text into lines that fit a width, at spaces, splitting only words too long for a line.
///
/// A screen is drawn anew every second with the same texts, so the lines of recent texts are
/// kept and given again rather than worked out each time.
enum WordWrap {
    /// The most texts whose lines are kept; past that the store starts afresh.
    private static let storeLimit = 256
    /// The lines already worked out, by text and width.
    private static let store = Mutex<[WrapRequest: [String]]>([:])

    /// The lines of `text` at most `width` columns wide; none for empty text or a width below one.
    ///
    /// Widths are counted in terminal columns, so a wide character counts two.
    ///
    /// Runs of spaces between words collapse into one; other characters, control characters
    /// included, are kept as they are (the screen makes them visible).
    static func lines(of text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let request = WrapRequest(text: text, width: width)
        if let known = store.withLock({ $0[request] }) { return known }
        let lines = wrap(text, width: width)
        store.withLock { known in
            if known.count >= storeLimit { known.removeAll(keepingCapacity: true) }
            known[request] = lines
        }
        return lines
    }

    /// Works out the lines of `text` at most `width` columns wide.
    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            if !current.isEmpty && ColumnWidth.of(current) + 1 + ColumnWidth.of(String(word)) <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while ColumnWidth.of(String(word)) > width {
                let piece = ColumnWidth.prefix(of: String(word), fitting: width)
                let cut = piece.isEmpty ? String(word.prefix(1)) : piece
                lines.append(cut)
                word = word.dropFirst(cut.count)
            }
            current = String(word)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The lines of `text` with `marker` before the first one and the others indented to match,
    /// as in a bulleted list.
    static func hangingLines(of text: String, marker: String, width: Int) -> [String] {
        let indent = String(repeating: " ", count: marker.count)
        return lines(of: text, width: width - marker.count).enumerated().map { index, line in
            (index == 0 ? marker : indent) + line
        }
    }
}
