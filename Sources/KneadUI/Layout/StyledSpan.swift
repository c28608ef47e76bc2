/// A run of text drawn in one style.
struct StyledSpan: Hashable, Sendable {
    /// The text, which may come from a script: it is made visible when written to a screen.
    var text: String
    /// How the text is drawn.
    var style: CellStyle

    init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// The number of cells the text takes.
    var width: Int { ColumnWidth.of(VisibleText.sanitized(text)) }
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
            let part = ColumnWidth.prefix(of: VisibleText.sanitized(span.text), fitting: room)
            kept.append(StyledSpan(part, span.style))
            room -= ColumnWidth.of(part)
        }
        kept.append(StyledSpan("…", (kept.last ?? first)?.style ?? .plain))
        return kept
    }
}
