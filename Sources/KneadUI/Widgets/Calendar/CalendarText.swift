import KneadCore

/// A routine's calendar as lines for the command line to print: its title, where its course
/// stands today, and its months in rows as wide as the terminal allows; and the legend.
public enum CalendarText {
    /// How the lines are printed: with the escape sequences of bold, reverse and dim for a
    /// terminal (`styled`), and of colours too (`colors`); or as plain text.
    public struct Look: Hashable, Sendable {
        public var styled: Bool
        public var colors: Bool

        public init(styled: Bool, colors: Bool) {
            self.styled = styled
            self.colors = styled && colors
        }
    }

    /// The lines of `routine`'s calendar made on `today` from its `sessions`, showing `months`
    /// months (see `CalendarMonth.shown`) up to three a row within `width` columns, in `look`.
    public static func lines(
        of routine: Routine, sessions: [CalendarSession], today: CalendarDay, months: Int, width: Int, language: String?, look: Look
    ) -> [String] {
        let theme = Theme(colors: look.colors, words: Wording(code: language))
        let words = theme.words
        let shown = CalendarMonth.shown(count: months, around: CalendarMonth(containing: today))
        let calendar = CourseCalendar(course: routine.course, sessions: sessions, today: today, through: shown.last?.lastDay ?? today)
        let across = max(1, CalendarPanel.monthsAcross(width: width))
        let rows = stride(from: 0, to: shown.count, by: across).map { Array(shown[$0..<min(shown.count, $0 + across)]) }
        var screen = Screen(width: max(width, MonthGrid.width), height: 2 + rows.count * (1 + MonthGrid.height))
        StyledLine(routine.title.resolved(for: language), theme.title).draw(into: &screen, row: 0, column: 0, width: screen.width)
        StyledLine(calendar.todayLine(in: words, width: screen.width), calendar.status.isDue ? theme.calendarDue : .plain)
            .draw(into: &screen, row: 1, column: 0, width: screen.width)
        for (index, row) in rows.enumerated() {
            let top = 3 + index * (1 + MonthGrid.height)
            for (place, month) in row.enumerated() {
                let area = Area(row: top, column: place * (MonthGrid.width + CalendarPanel.gap), width: MonthGrid.width, height: MonthGrid.height)
                MonthGrid(month: month, calendar: calendar, theme: theme).draw(into: &screen, area: area)
            }
        }
        return trimmed(look.styled ? screen.styledLines : screen.lines)
    }

    /// The legend of a calendar made on `today`, flowing across `width` columns; it names
    /// today's reverse only where the lines are styled.
    public static func legendLines(today: CalendarDay, width: Int, language: String?, look: Look) -> [String] {
        let theme = Theme(colors: look.colors, words: Wording(code: language))
        let legend = CalendarLegend(today: look.styled ? today : nil, theme: theme)
        let rows = legend.flowingRows(width: width).count
        var screen = Screen(width: width, height: rows)
        legend.drawFlowing(into: &screen, area: Area(of: screen))
        return trimmed(look.styled ? screen.styledLines : screen.lines)
    }

    /// Whether `routine`'s `sessions` or its course give its calendar anything to show in the
    /// `months` months shown from `today`: a session in them, or a course under way.
    public static func hasAnything(routine: Routine, sessions: [CalendarSession], today: CalendarDay, months: Int) -> Bool {
        let shown = CalendarMonth.shown(count: months, around: CalendarMonth(containing: today))
        guard let first = shown.first?.firstDay, let last = shown.last?.lastDay else { return false }
        let calendar = CourseCalendar(course: routine.course, sessions: sessions, today: today, through: last)
        return calendar.status.state != .noCourse || calendar.hasSessions(from: first, to: last)
    }

    /// The lines with trailing blanks and blank lines at the end dropped.
    private static func trimmed(_ lines: [String]) -> [String] {
        let lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        return Array(lines.reversed().drop(while: \.isEmpty).reversed())
    }
}
