/// A framed box drawn over the middle of an area, blanking what lies under it.
struct Box {
    /// The title set into the top edge of the frame.
    var title: String
    /// The rows inside the frame; the last ones are cut when the screen is too low.
    var lines: [StyledLine]
    /// A row kept at the bottom of the box whatever the height, such as how to close it.
    var footer: StyledLine?
    /// The style of the frame and title.
    var frameStyle: CellStyle

    /// Whether an area has room for a frame; without one, the rows are drawn alone.
    private static func isFramed(_ area: Area) -> Bool {
        area.width >= 8 && area.height >= 4
    }

    /// The columns between the area's edge and the box's content: frame and padding, on each side.
    private static func inset(_ area: Area) -> Int {
        guard isFramed(area) else { return 0 }
        return area.width >= 30 ? 2 : 1
    }

    /// The widest content a box can hold in `area`.
    static func maximumContentWidth(in area: Area) -> Int {
        max(0, area.width - 2 * inset(area))
    }

    /// Draws the box centred in `area` of `screen`; in an area too small for a frame, the rows
    /// alone; in an empty area, nothing.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let border = Self.isFramed(area) ? 1 : 0
        let inset = Self.inset(area)
        let widest = (lines + [footer].compactMap { $0 }).map(\.width).max() ?? 0
        let contentWidth = min(max(widest, ColumnWidth.of(title) + 2), Self.maximumContentWidth(in: area))
        let boxWidth = contentWidth + 2 * inset
        let contentRows = min(lines.count + (footer == nil ? 0 : 1), area.height - 2 * border)
        var shown = Array(lines.prefix(contentRows - (footer == nil ? 0 : 1)))
        if let footer, contentRows > 0 { shown.append(footer) }
        let boxHeight = shown.count + 2 * border
        let top = area.row + (area.height - boxHeight) / 2
        let left = area.column + (area.width - boxWidth) / 2
        for row in top..<(top + boxHeight) {
            screen.write(String(filledWith: " ", count: boxWidth), row: row, column: left)
        }
        if border > 0 {
            drawFrame(into: &screen, top: top, left: left, width: boxWidth, height: boxHeight)
        }
        for (offset, line) in shown.enumerated() {
            line.draw(into: &screen, row: top + border + offset, column: left + inset, width: contentWidth)
        }
    }

    private func drawFrame(into screen: inout Screen, top: Int, left: Int, width: Int, height: Int) {
        let horizontal = String(filledWith: "─", count: width - 2)
        screen.write("┌" + horizontal + "┐", row: top, column: left, style: frameStyle)
        screen.write("└" + horizontal + "┘", row: top + height - 1, column: left, style: frameStyle)
        for row in (top + 1)..<(top + height - 1) {
            screen.write("│", row: row, column: left, style: frameStyle)
            screen.write("│", row: row, column: left + width - 1, style: frameStyle)
        }
        let heading = StyledLine(spans: [StyledSpan(" \(title) ", frameStyle)], alignment: .centered)
        heading.draw(into: &screen, row: top, column: left + 1, width: width - 2)
    }
}
