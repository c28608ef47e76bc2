import KneadCore

/// What shows on a terminal too small for anything else: a request to make it larger.
struct TooSmallScreen {
    /// The words of the request, in the person's language.
    let words: Wording

    /// Draws the request centred in `area` of `screen`, word-wrapped and cut to fit.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let lines = Array(WordWrap.lines(of: words[.tooSmall], width: area.width).prefix(area.height))
        let top = area.row + (area.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            StyledLine(line, CellStyle(bold: true), alignment: .centered)
                .draw(into: &screen, row: top + offset, column: area.column, width: area.width)
        }
    }
}
