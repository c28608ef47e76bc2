import KneadCore

/// A routine's calendar laid into an area: up to three months side by side, the legend under
/// them when the rows allow and beside them when only the columns do.
struct CalendarPanel: Sendable {
    /// The most months shown side by side.
    static let mostMonths = 3
    /// The blank columns between two months, and between the months and a legend beside them.
    static let gap = 2

    let calendar: CourseCalendar
    /// The month the person looks at: the months shown end with the one after it.
    let focus: CalendarMonth
    let theme: Theme

    /// How many months fit side by side in `width` columns, up to `mostMonths`.
    static func monthsAcross(width: Int) -> Int {
        min(mostMonths, max(0, (width + gap) / (MonthGrid.width + gap)))
    }

    /// The columns `count` months take side by side.
    static func width(ofMonths count: Int) -> Int {
        count * MonthGrid.width + max(0, count - 1) * gap
    }

    /// The rows the panel takes in `width` columns with the legend under the months.
    func heightWithLegendBelow(width: Int) -> Int {
        MonthGrid.height + 1 + legend.flowingRows(width: width).count
    }

    private var legend: CalendarLegend { CalendarLegend(today: calendar.today, theme: theme) }

    /// Draws the panel into `area`; nothing into an empty area.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let legend = self.legend
        let below = max(1, Self.monthsAcross(width: area.width))
        if area.height >= heightWithLegendBelow(width: area.width) {
            drawMonths(below, into: &screen, area: area.top(MonthGrid.height))
            legend.drawFlowing(into: &screen, area: area.rows([MonthGrid.height + 1, area.height])[1])
            return
        }
        let beside = Self.monthsAcross(width: area.width - Self.gap - legend.columnWidth)
        guard beside > 0 else {
            drawMonths(below, into: &screen, area: area)
            return
        }
        let parts = area.columns([Self.width(ofMonths: beside), legend.columnWidth], gap: Self.gap)
        drawMonths(beside, into: &screen, area: parts[0])
        legend.drawColumn(into: &screen, area: parts[1])
    }

    /// Draws `count` months side by side from the top left of `area`.
    private func drawMonths(_ count: Int, into screen: inout Screen, area: Area) {
        let widths = Array(repeating: MonthGrid.width, count: count)
        for (month, place) in zip(CalendarMonth.shown(count: count, around: focus), area.columns(widths, gap: Self.gap)) {
            MonthGrid(month: month, calendar: calendar, theme: theme).draw(into: &screen, area: place)
        }
    }
}
