import KneadCore
@testable import KneadJournal
import Testing
@testable import KneadReport

/// Courses and their sessions, when the days go forward and when a clock put back makes them not.
@Suite struct CourseSpanTests {
    private func session(_ day: Int, before: Int?, after: Int?, counts: Bool = true) -> ReportSession {
        ReportSession(
            routineID: "collar", day: CalendarDay(number: 20_000 + day), ending: counts ? .finished : .quit, countsTowardsCourse: counts,
            pain: PainRatings(before: before, after: after)
        )
    }

    @Test func eachSessionFallsInTheCourseWhoseDaysHoldIt() {
        let sessions = [
            session(0, before: 6, after: 4), session(1, before: 9, after: 9, counts: false), session(2, before: 5, after: nil),
            session(9, before: nil, after: nil, counts: false), session(20, before: 4, after: 1), session(21, before: 8, after: 6),
            session(40, before: 3, after: 3, counts: false),
        ]
        let courses = CourseSpan.courses(of: sessions, restDays: 5)
        #expect(courses.map(\.sessions) == [3, 2], "the quit on day 1 is inside the first course; days 9 and 40 are in none")
        #expect(courses.map(\.lastDay) == [CalendarDay(number: 20_002), CalendarDay(number: 20_021)])
        #expect(courses[0].averageBefore == 20.0 / 3 && courses[0].averageAfter == 6.5 && courses[0].averageChange == -1)
        #expect(courses[1].averageBefore == 6 && courses[1].averageAfter == 3.5 && courses[1].averageChange == -2.5)
    }

    @Test func aClockPutBackCountsASessionInEveryCourseWhoseDaysHoldIt() {
        // Days 10 to 30, then 60; the clock then goes back to 5, so the second course "ends"
        // on day 5, and day 20 starts a third course inside the first one's days.
        let days = [10, 14, 18, 22, 26, 30, 60, 5, 20]
        let sessions = days.enumerated().map { index, day in session(day, before: index, after: 0) }
        let courses = CourseSpan.courses(of: sessions, restDays: 5)
        #expect(courses.map(\.firstDay.number) == [20_010, 20_060, 20_020])
        #expect(courses.map(\.sessions) == [7, 0, 1], "day 20 is in the first course's days as well as the third's")
        #expect(courses[0].averageBefore == Double(0 + 1 + 2 + 3 + 4 + 5 + 8) / 7)
        #expect(courses[1].averageBefore == nil && courses[2].averageBefore == 8)
    }

    @Test func textWithNothingToEscapeIsCopiedWholeAndEverythingElseStillEscaped() {
        #expect(HTMLEscaping.escaped("2027-01-04 Разминание é 5.8") == "2027-01-04 Разминание é 5.8")
        #expect(HTMLEscaping.escaped("a\u{85}b\u{A0}c\u{9F}d") == "ab\u{A0}cd", "C1 controls are left out, a no-break space kept")
        #expect(HTMLEscaping.escaped("tab\tline\nbell\u{7}del\u{7F}") == "tab\tline\nbelldel")
    }
}
