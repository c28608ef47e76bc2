import KneadCore
import Testing

/// Where a person stands in a course, from the days of their sessions.
@Suite struct CourseStandingTests {
    static let today = CalendarDay(year: 2026, month: 12, day: 1)!

    /// The days `offsets` days before today, the latest first.
    static func days(_ offsets: [Int]) -> [CalendarDay] {
        offsets.map { today.adding(days: -$0) }
    }

    @Test func withNoSessionsTheNextIsTheFirstOfACourse() {
        let standing = CourseStanding(sessionDays: [], course: Course(maxSessions: 12), today: Self.today)
        #expect(standing == CourseStanding(nextSession: 1, maxSessions: 12, lastSessionDay: nil, restUntil: nil))
        #expect(standing.summary(in: .english) == "session 1 of at most 12")
    }

    @Test func sessionsWithShortGapsMakeOneCourse() {
        let standing = CourseStanding(sessionDays: Self.days([1, 2, 4, 5]), course: Course(maxSessions: 12, restDays: 14), today: Self.today)
        #expect(standing.nextSession == 5)
        #expect(standing.summary(in: .english) == "session 5 of at most 12 · last on Mon 30 Nov")
        #expect(!standing.limitReached)
    }

    @Test func aGapLongerThanTheRestEndsACourse() {
        // A 20-day gap with 14 days of rest: the three latest sessions are the course.
        let standing = CourseStanding(sessionDays: Self.days([1, 2, 3, 23, 24]), course: Course(maxSessions: 10, restDays: 14), today: Self.today)
        #expect(standing.nextSession == 4)
        // Without a rest named, 30 days apart is still one course.
        let lumbarLike = CourseStanding(sessionDays: Self.days([1, 2, 3, 23, 24]), course: Course(), today: Self.today)
        #expect(lumbarLike.nextSession == 6)
        #expect(lumbarLike.summary(in: .english) == "session 6 of the course · last on Mon 30 Nov")
    }

    @Test func aLongRestSinceTheLastSessionStartsANewCourse() {
        let standing = CourseStanding(sessionDays: Self.days([15, 16, 17]), course: Course(maxSessions: 8, restDays: 14), today: Self.today)
        #expect(standing.nextSession == 1)
        #expect(standing.lastSessionDay == Self.today.adding(days: -15))
        #expect(!standing.limitReached)
    }

    @Test func aFullCourseAsksForTheRestAfterItsLastSession() {
        let standing = CourseStanding(sessionDays: Self.days(Array(1...12)), course: Course(maxSessions: 12, restDays: 42), today: Self.today)
        #expect(standing.limitReached)
        #expect(standing.nextSession == 13)
        #expect(standing.restUntil.map(Wording.english.weekdayDayMonth) == "Tue 12 Jan")
        let withoutRest = CourseStanding(sessionDays: Self.days(Array(1...8)), course: Course(maxSessions: 8), today: Self.today)
        #expect(withoutRest.restUntil == Self.today.adding(days: 30), "30 days after the last session when the routine names no rest")
    }

    @Test func aSessionDoneMovesTheStandingOnAndFillsTheCourse() {
        let standing = CourseStanding(sessionDays: Self.days(Array(1...11)), course: Course(maxSessions: 12, restDays: 42), today: Self.today)
        #expect(standing.nextSession == 12 && !standing.limitReached)
        let after = standing.afterSession(on: Self.today, course: Course(maxSessions: 12, restDays: 42))
        #expect(after == CourseStanding(nextSession: 13, maxSessions: 12, lastSessionDay: Self.today, restUntil: Self.today.adding(days: 43)))
        #expect(after.summary(in: .english) == "course done: 12 of at most 12 · last on Tue 1 Dec")
    }

    @Test func coursesAreCountedAcrossTheWholeHistory() {
        let days = Self.days([1, 2, 3, 40, 41, 100])
        #expect(CourseStanding.courseCount(of: days, restDays: 14) == 3)
        #expect(CourseStanding.courseCount(of: days, restDays: nil) == 3)
        #expect(CourseStanding.courseCount(of: days, restDays: 60) == 1)
        #expect(CourseStanding.courseCount(of: [], restDays: 14) == 0)
    }

    @Test func sparklinesUseTheFixedScaleAndChangesUseArrows() {
        #expect(PainScale.sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == "▁▂▂▃▄▅▅▆▇▇█")
        #expect(PainScale.sparkline([3, 3, nil, 8]) == "▃▃·▇")
        #expect(PainScale.sparkline([-4, 15]) == "▁█")
        #expect(PainScale.change(before: 6, after: 3) == "6 → 3")
        #expect(PainScale.change(before: nil, after: 0) == "– → 0")
    }
}
