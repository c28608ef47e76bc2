extension Screen {
    /// Each row as a colour terminal prints it: its text with the escape sequences of its
    /// styles, trailing plain blanks dropped, and every style ended by the end of the row.
    ///
    /// For drawings a command prints; the cells hold no control characters of their own (see
    /// `write`), so the only escapes are the styles'.
    public var styledLines: [String] {
        rows.map { cells in
            let kept = cells.lastIndex { $0 != Cell() }.map { cells[...$0] } ?? []
            var line = ""
            var style = CellStyle.plain
            var column = kept.startIndex
            while column < kept.endIndex {
                let cell = kept[column]
                if cell.style != style {
                    line += Self.escape(for: cell.style)
                    style = cell.style
                }
                line.append(cell.character)
                column += cell.columns
            }
            return style == .plain ? line : line + Self.escape(for: .plain)
        }
    }

    /// The select-graphic-rendition sequence that sets `style` from scratch.
    private static func escape(for style: CellStyle) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.reverse { codes.append("7") }
        if let color = style.color { codes.append(String(30 + color.rawValue)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
