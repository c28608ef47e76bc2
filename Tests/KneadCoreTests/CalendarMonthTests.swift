import KneadCore
import Testing

/// Months of the calendar: their days, the years around them, and which months a calendar shows.
@Suite struct CalendarMonthTests {
    @Test func aMonthKnowsItsDaysLeapYearsIncluded() {
        #expect(CalendarMonth(year: 2028, month: 2).dayCount == 29)
        #expect(CalendarMonth(year: 2026, month: 2).dayCount == 28)
        #expect(CalendarMonth(year: 2100, month: 2).dayCount == 28)
        #expect(CalendarMonth(year: 2000, month: 2).dayCount == 29)
        #expect(CalendarMonth(year: 2026, month: 4).dayCount == 30)
        #expect(CalendarMonth(year: 2026, month: 12).lastDay == CalendarDay(year: 2026, month: 12, day: 31))
        #expect(CalendarMonth(year: 2026, month: 12).firstDay.weekday == 1, "1 Dec 2026 is a Tuesday")
    }

    @Test func monthsRollIntoTheYearsAround() {
        #expect(CalendarMonth(year: 2026, month: 12).adding(months: 1) == CalendarMonth(year: 2027, month: 1))
        #expect(CalendarMonth(year: 2026, month: 1).adding(months: -1) == CalendarMonth(year: 2025, month: 12))
        #expect(CalendarMonth(year: 2026, month: 3).adding(months: -27) == CalendarMonth(year: 2023, month: 12))
        #expect(CalendarMonth(year: 2027, month: 2).months(since: CalendarMonth(year: 2026, month: 11)) == 3)
        #expect(CalendarMonth(containing: CalendarDay(year: 2026, month: 1, day: 31)!) == CalendarMonth(year: 2026, month: 1))
    }

    @Test func theMonthsShownEndWithTheOneAfterTheFocus() {
        let december = CalendarMonth(year: 2026, month: 12)
        #expect(CalendarMonth.shown(count: 1, around: december) == [december])
        #expect(CalendarMonth.shown(count: 2, around: december) == [december, december.adding(months: 1)])
        #expect(CalendarMonth.shown(count: 3, around: december) == [11, 12, 13].map { CalendarMonth(year: 2026, month: $0) })
        #expect(CalendarMonth.shown(count: 6, around: december).first == CalendarMonth(year: 2026, month: 8))
    }
}
