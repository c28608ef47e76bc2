import KneadCore
import Testing

/// Local days from instants and dates, and how they are written.
@Suite struct CalendarDayTests {
    @Test func datesRoundTripThroughTheirDayNumbers() throws {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.number == 0)
        #expect(CalendarDay(year: 2000, month: 3, day: 1)?.number == 11_017)
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let (year, month, day) = CalendarDay(number: number).components
            #expect(CalendarDay(year: year, month: month, day: day)?.number == number)
        }
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func weekdaysAndTheWaysADayIsWritten() throws {
        let day = try #require(CalendarDay(year: 2026, month: 11, day: 30))
        #expect(Wording.english.weekdayDayMonth(day) == "Mon 30 Nov")
        #expect(Wording.english.dayMonth(day) == "30 Nov")
        #expect(day.iso == "2026-11-30")
        #expect(Wording.english.weekdayDayMonth(day.adding(days: 43)) == "Tue 12 Jan")
        #expect(CalendarDay(number: -1).iso == "1969-12-31")
        #expect(CalendarDay(iso: "2026-11-30") == day)
        for text in ["2026-11-31", "26-11-30", "2026/11/30", "2026-1-30", "today", ""] {
            #expect(CalendarDay(iso: text) == nil, "\(text)")
        }
    }

    @Test func anInstantFallsOnTheDayOfItsOffset() {
        // 2026-11-30 22:30 UTC is already 1 December in Moscow (UTC+3) and still 30 November in New York.
        let instant: Int64 = 1_796_077_800
        #expect(CalendarDay(unixSeconds: instant, utcOffsetSeconds: 0).iso == "2026-11-30")
        #expect(CalendarDay(unixSeconds: instant, utcOffsetSeconds: 3 * 3600).iso == "2026-12-01")
        #expect(CalendarDay(unixSeconds: instant, utcOffsetSeconds: -5 * 3600).iso == "2026-11-30")
        let local = LocalTime(unixSeconds: instant, utcOffsetSeconds: 3 * 3600)
        #expect(local.iso8601 == "2026-12-01T01:30:00+03:00")
        #expect(LocalTime(unixSeconds: instant, utcOffsetSeconds: -(5 * 3600 + 1800)).iso8601 == "2026-11-30T17:00:00-05:30")
        #expect(local.hoursMinutes == "01:30")
    }
}
