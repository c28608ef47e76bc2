import KneadCore

/// What a calendar's marks mean, each mark drawn as the grid draws it with its word beside it:
/// in rows that flow across an area, or in a column beside the months.
struct CalendarLegend: Sendable {
    /// One mark and its meaning.
    struct Item: Sendable {
        /// The mark as drawn, such as `░` or today's number.
        let sample: String
        let style: CellStyle
        let label: String

        /// The columns it takes.
        var width: Int { ColumnWidth.of(sample) + 1 + ColumnWidth.of(label) }
    }

    /// The columns between two items of a flowing legend.
    static let gap = 2

    let items: [Item]

    /// The legend in `theme`, ending with today's number in its reverse when `today` is given.
    init(today: CalendarDay?, theme: Theme) {
        let words = theme.words
        let finished = DayMarkLook(.finished(painAfter: nil), theme: theme)
        var items = [Item(sample: String(finished.character), style: finished.style, label: words[.calendarLegendFinished])]
        for band in DayMark.painBands {
            let look = DayMarkLook(.finished(painAfter: band.lowerBound), theme: theme)
            let range = "\(band.lowerBound)–\(band.upperBound)"
            items.append(Item(sample: String(look.character), style: look.style, label: words(.calendarLegendPainAfter, range)))
        }
        let marks: [(DayMark, Phrase)] = [(.quit, .calendarLegendQuit), (.itHurts, .calendarLegendItHurts), (.rest, .calendarLegendRest), (.due, .calendarLegendDue)]
        for (mark, label) in marks {
            let look = DayMarkLook(mark, theme: theme)
            items.append(Item(sample: String(look.character), style: look.style, label: words[label]))
        }
        if let today {
            items.append(Item(sample: String(today.components.day), style: theme.calendarToday, label: words[.calendarLegendToday]))
        }
        self.items = items
    }

    /// The widest item: the width of the legend as a column.
    var columnWidth: Int { items.map(\.width).max() ?? 0 }

    /// The rows of items that flow across `width`, each row's items in order.
    func flowingRows(width: Int) -> [[Item]] {
        var rows: [[Item]] = []
        var used = 0
        for item in items {
            if let row = rows.last, !row.isEmpty, used + Self.gap + item.width <= width {
                rows[rows.count - 1].append(item)
                used += Self.gap + item.width
            } else {
                rows.append([item])
                used = item.width
            }
        }
        return rows
    }

    /// Draws the items flowing across `area`, as many rows as fit.
    func drawFlowing(into screen: inout Screen, area: Area) {
        for (index, row) in flowingRows(width: area.width).prefix(area.height).enumerated() {
            var column = area.column
            for item in row {
                draw(item, into: &screen, row: area.row + index, column: column, width: area.right - column)
                column += item.width + Self.gap
            }
        }
    }

    /// Draws the items one a row down `area`, as many as fit.
    func drawColumn(into screen: inout Screen, area: Area) {
        for (index, item) in items.prefix(area.height).enumerated() {
            draw(item, into: &screen, row: area.row + index, column: area.column, width: area.width)
        }
    }

    private func draw(_ item: Item, into screen: inout Screen, row: Int, column: Int, width: Int) {
        StyledLine(spans: [StyledSpan(item.sample, item.style), StyledSpan(" " + item.label)])
            .draw(into: &screen, row: row, column: column, width: width)
    }
}
