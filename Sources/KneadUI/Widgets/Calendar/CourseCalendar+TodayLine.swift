import KneadCore

extension CourseCalendar {
    /// Where the course stands today, with the date when it fits in `width`: `Today, Thu 3 Dec:
    /// due today (session 6 of at most 14)`, else `due today (session 6 of at most 14)`;
    /// `Today, Thu 3 Dec: no course under way` with none.
    func todayLine(in words: Wording, width: Int) -> String {
        let date = words.weekdayDayMonth(today)
        guard status.state != .noCourse else { return words(.calendarTodayNoCourse, date) }
        let full = words(.calendarToday, date, status.line(in: words))
        return ColumnWidth.of(full) <= width ? full : status.line(in: words)
    }
}
