/// The names a month grid shows.
extension Wording {
    /// A month grid's title: `December 2026`; «Декабрь 2026».
    public func monthYear(_ month: CalendarMonth) -> String {
        self(.calendarMonthYear, self[CalendarNames.gridMonths[month.month - 1]], month.year)
    }

    /// The head of a month grid's column `weekday` (0 for Monday): `Mo`; «Пн».
    public func gridWeekday(_ weekday: Int) -> String {
        self[CalendarNames.gridWeekdays[weekday]]
    }
}
