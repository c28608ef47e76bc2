/// A run of text drawn in one style.
struct StyledSpan: Hashable, Sendable {
    /// The text, which may come from a script: it is made visible when written to a screen.
    let text: String
    /// How the text is drawn.
    let style: CellStyle
    /// The number of cells the text takes, measured once: a line asks for it several times
    /// each time it is drawn.
    let width: Int

    init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
        self.width = ColumnWidth.of(VisibleText.sanitized(text))
    }
}

extension [StyledSpan] {
    /// The number of cells the spans take together.
    var width: Int { reduce(0) { $0 + $1.width } }

    /// The spans cut to `width` cells; when something is cut, the last cell shows `…`.
    func truncated(to width: Int) -> [StyledSpan] {
        guard width > 0 else { return [] }
        guard self.width > width else { return self }
        var kept: [StyledSpan] = []
        var room = width - 1
        for span in self where room > 0 {
            if span.width <= room {
                kept.append(span)
                room -= span.width
                continue
            }
            let part = StyledSpan(ColumnWidth.prefix(of: VisibleText.sanitized(span.text), fitting: room), span.style)
            kept.append(part)
            room -= part.width
        }
        kept.append(StyledSpan("…", (kept.last ?? first)?.style ?? .plain))
        return kept
    }
}
