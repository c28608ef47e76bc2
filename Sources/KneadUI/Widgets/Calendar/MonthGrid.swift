import KneadCore

/// One month of a routine's calendar: its name, the weekdays Monday first, and each day's
/// number with its mark just after it; today in reverse.
struct MonthGrid: Sendable {
    /// The columns a month takes: seven days of three cells.
    static let width = 21
    /// The rows a month may take: its name, the weekdays and six weeks.
    static let height = 8

    let month: CalendarMonth
    let calendar: CourseCalendar
    let theme: Theme

    /// Draws the month from the top left of `area`; a day that does not wholly fit is left out.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let words = theme.words
        let width = min(area.width, Self.width)
        StyledLine(words.monthYear(month), theme.title, alignment: .centered).keptWithin(width)
            .draw(into: &screen, row: area.row, column: area.column, width: width)
        if area.height > 1 {
            for weekday in 0..<7 where fits(column: weekday, in: area) {
                let head = String(words.gridWeekday(weekday).prefix(2))
                screen.write(head.padded(toLeading: 2), row: area.row + 1, column: area.column + weekday * 3, style: theme.faint)
            }
        }
        let first = month.firstDay
        for offset in 0..<month.dayCount {
            let place = first.weekday + offset
            let row = area.row + 2 + place / 7
            guard row < area.bottom, fits(column: place % 7, in: area) else { continue }
            drawDay(first.adding(days: offset), into: &screen, row: row, column: area.column + place % 7 * 3)
        }
    }

    /// Whether weekday `column` (0 for Monday) has all its three cells within `area`.
    private func fits(column: Int, in area: Area) -> Bool {
        (column + 1) * 3 <= area.width
    }

    /// The day's number, right-aligned in two cells, and its mark in the third.
    private func drawDay(_ day: CalendarDay, into screen: inout Screen, row: Int, column: Int) {
        let look = DayMarkLook(calendar.mark(on: day), theme: theme)
        let number = String(day.components.day).padded(toLeading: 2)
        screen.write(number, row: row, column: column, style: day == calendar.today ? theme.calendarToday : look.style)
        screen.write(String(look.character), row: row, column: column + 2, style: look.style)
    }
}
