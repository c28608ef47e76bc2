import KneadCore

/// The calendar screen: the routine's title, where its course stands today, its months with
/// their legend, and the keys.
struct CalendarScreen: Sendable {
    let routine: Routine
    let calendar: CourseCalendar
    let focus: CalendarMonth
    let theme: Theme
    let language: String?

    private var words: Wording { theme.words }

    /// The keys shown at the bottom, from the most needed.
    private var hints: [KeyHint] {
        [KeyHint("←→", words[.hintMonth], rank: 2), KeyHint("↑↓", words[.hintRoutine], rank: 4),
         KeyHint("t", words[.hintThisMonth], rank: 5), KeyHint("?", words[.hintHelp], rank: 3),
         KeyHint("Esc", words[.hintBackToList], rank: 1)]
    }

    /// Draws the screen into `area`; nothing into an empty area.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let margin = area.width >= 60 ? VerticalStack.margin(forScreenWidth: area.width) : 0
        let content = area.inset(columns: margin)
        let title = StyledLine(words(.calendarTitle, routine.title.resolved(for: language)), theme.title)
        title.draw(into: &screen, row: content.row, column: content.column, width: content.width)
        guard content.height > 1 else { return }
        StyledLine(calendar.todayLine(in: words, width: content.width), calendar.status.isDue ? theme.calendarDue : .plain)
            .draw(into: &screen, row: content.row + 1, column: content.column, width: content.width)
        guard content.height > 2 else { return }
        KeyHint.line(hints, width: content.width, theme: theme)
            .draw(into: &screen, row: content.bottom - 1, column: content.column, width: content.width)
        var middle = Area(row: content.row + 2, column: content.column, width: content.width, height: content.height - 3)
        let panel = CalendarPanel(calendar: calendar, focus: focus, theme: theme)
        if middle.height > panel.heightWithLegendBelow(width: middle.width) { middle = middle.rows([1, middle.height])[1] }
        panel.draw(into: &screen, area: middle)
    }
}
