/// One row of a screen: text on the leading side, optional text on the trailing side, and how to place it.
struct StyledLine: Hashable, Sendable {
    /// Where the leading text sits in the row.
    enum Alignment: Hashable, Sendable {
        case leading, centered
    }

    /// The main text, cut with `…` when the row is too narrow.
    var spans: [StyledSpan]
    /// Text pinned to the right edge, kept whole as long as it fits.
    var trailing: [StyledSpan]
    /// Where the main text sits.
    var alignment: Alignment
    /// The style of the whole row's blanks, for banners; nil leaves them plain.
    var fill: CellStyle?

    init(spans: [StyledSpan], trailing: [StyledSpan] = [], alignment: Alignment = .leading, fill: CellStyle? = nil) {
        self.spans = spans
        self.trailing = trailing
        self.alignment = alignment
        self.fill = fill
    }

    init(_ text: String, _ style: CellStyle = .plain, alignment: Alignment = .leading, fill: CellStyle? = nil) {
        self.init(spans: [StyledSpan(text, style)], alignment: alignment, fill: fill)
    }

    /// An empty row.
    static let blank = StyledLine(spans: [])

    /// `text` word-wrapped to `width`, one line a row, all in `style`.
    static func wrapped(_ text: String, width: Int, style: CellStyle = .plain) -> [StyledLine] {
        WordWrap.lines(of: text, width: width).map { StyledLine($0, style) }
    }

    /// A horizontal rule across the row.
    static func rule(width: Int, style: CellStyle) -> StyledLine {
        StyledLine(String(filledWith: "─", count: max(0, width)), style)
    }

    /// The line kept within the first `width` cells of its row, as drawn in a row that wide: a
    /// centred text is placed there, and a banner's fill stops there, so the rest of the row
    /// stays blank for something beside it.
    func keptWithin(_ width: Int) -> StyledLine {
        let shown = spans.truncated(to: width)
        let before = alignment == .centered ? max(0, (width - shown.width) / 2) : 0
        guard let fill else {
            return StyledLine(spans: [StyledSpan(String(filledWith: " ", count: before))] + shown, trailing: trailing)
        }
        let after = max(0, width - before - shown.width)
        return StyledLine(spans: [StyledSpan(String(filledWith: " ", count: before), fill)] + shown + [StyledSpan(String(filledWith: " ", count: after), fill)])
    }

    /// The number of cells the line needs to show whole.
    var width: Int { spans.width + (trailing.isEmpty ? 0 : trailing.width + 1) }

    /// Draws the line on `row` of `screen`, from `column`, within `width` cells.
    func draw(into screen: inout Screen, row: Int, column: Int, width: Int) {
        guard width > 0, row >= 0, row < screen.height else { return }
        if let fill {
            screen.write(String(filledWith: " ", count: width), row: row, column: column, style: fill)
        }
        var leadingRoom = width
        if !trailing.isEmpty {
            let shownTrailing = trailing.truncated(to: width)
            write(shownTrailing, into: &screen, row: row, column: column + width - shownTrailing.width)
            leadingRoom = width - shownTrailing.width - 1
        }
        let shown = spans.truncated(to: leadingRoom)
        let offset = alignment == .centered ? max(0, (leadingRoom - shown.width) / 2) : 0
        write(shown, into: &screen, row: row, column: column + offset)
    }

    private func write(_ spans: [StyledSpan], into screen: inout Screen, row: Int, column: Int) {
        var position = column
        for span in spans {
            screen.write(span.text, row: row, column: position, style: span.style)
            position += span.width
        }
    }
}
