import KneadCore

/// What shows on a terminal too small for anything else: a request to make it larger.
struct TooSmallScreen {
    /// The words of the request, in the person's language.
    let words: Wording

    /// Draws the request centred on `screen`, word-wrapped and cut to fit.
    func draw(into screen: inout Screen) {
        let lines = Array(WordWrap.lines(of: words["tooSmall"], width: screen.width).prefix(screen.height))
        let top = (screen.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            StyledLine(line, CellStyle(bold: true), alignment: .centered)
                .draw(into: &screen, row: top + offset, column: 0, width: screen.width)
        }
    }
}
