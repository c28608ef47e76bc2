import KneadCore
import Testing

/// A routine's course on the calendar, with literal days: the mark of each day from its
/// sessions, the rests after full courses and the days the rhythm brings next.
@Suite struct CourseCalendarTests {
    static func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }

    static func finished(_ day: CalendarDay, pain: Int? = nil) -> CalendarSession {
        CalendarSession(day: day, finished: true, countsTowardsCourse: true, painAfter: pain)
    }

    @Test func aDayIsMarkedByItsSessionsItHurtsBeforeAQuitBeforeAFinish() {
        let today = Self.day(12, 10)
        let sessions = [
            Self.finished(Self.day(12, 1), pain: 2), Self.finished(Self.day(12, 2), pain: 5), Self.finished(Self.day(12, 3), pain: 8),
            Self.finished(Self.day(12, 4)),
            CalendarSession(day: Self.day(12, 5), finished: false, countsTowardsCourse: true),
            Self.finished(Self.day(12, 6), pain: 1),
            CalendarSession(day: Self.day(12, 6), finished: false, countsTowardsCourse: false, itHurts: true),
            Self.finished(Self.day(12, 7), pain: 1), CalendarSession(day: Self.day(12, 7), finished: false, countsTowardsCourse: false),
            Self.finished(Self.day(12, 8), pain: 3), Self.finished(Self.day(12, 8), pain: 7),
        ]
        let calendar = CourseCalendar(course: nil, sessions: sessions, today: today, through: today)
        #expect(calendar.mark(on: Self.day(12, 1)) == .finished(painAfter: 2))
        #expect(calendar.mark(on: Self.day(12, 4)) == .finished(painAfter: nil))
        #expect(calendar.mark(on: Self.day(12, 5)) == .quit)
        #expect(calendar.mark(on: Self.day(12, 6)) == .itHurts)
        #expect(calendar.mark(on: Self.day(12, 7)) == .quit)
        #expect(calendar.mark(on: Self.day(12, 8)) == .finished(painAfter: 7), "the highest pain after of the day")
        #expect(calendar.mark(on: Self.day(12, 9)) == DayMark.none)
        #expect(calendar.status.state == .noCourse, "a routine with no course has nothing due")
    }

    @Test func thePainShadeHasFixedBands() {
        #expect((0...10).map(DayMark.painBand) == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2])
    }

    @Test func aDailyCourseShowsEachDayDueUntilItsMostSessions() {
        let course = Course(maxSessions: 5, restDays: 10)
        let sessions = [Self.finished(Self.day(12, 1)), Self.finished(Self.day(12, 2))]
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 3), through: Self.day(12, 31))
        #expect(calendar.status.state == .dueToday)
        #expect((1...8).map { calendar.mark(on: Self.day(12, $0)) } == [
            .finished(painAfter: nil), .finished(painAfter: nil), .due, .due, .due, .none, .none, .none,
        ])
    }

    @Test func daysDueStopAtTheLastDayAsked() {
        let course = Course(maxSessions: 10, restDays: 10)
        let calendar = CourseCalendar(course: course, sessions: [Self.finished(Self.day(12, 1))], today: Self.day(12, 2), through: Self.day(12, 3))
        #expect(calendar.mark(on: Self.day(12, 3)) == .due)
        #expect(calendar.mark(on: Self.day(12, 4)) == DayMark.none)
    }

    @Test func threeAWeekFallTwoDaysApartAndWaitForNextMondayOnceTheWeekIsFull() {
        let course = Course(maxSessions: 12, restDays: 21, rhythm: .perWeek(3))
        // Mon 30 Nov and Wed 2 Dec 2026 done; today Thu 3 Dec.
        let sessions = [Self.finished(Self.day(11, 30)), Self.finished(Self.day(12, 2))]
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 3), through: Self.day(12, 14))
        #expect(calendar.status.state == .nextOn(Self.day(12, 4)))
        let due = (3...14).filter { calendar.mark(on: Self.day(12, $0)) == .due }
        #expect(due == [4, 7, 9, 11, 14], "Fri 4 fills the week; then Mon, Wed, Fri; then Mon")
    }

    @Test func theLongestCourseEndsTheDaysDue() {
        let course = Course(maxSessions: 14, restDays: 42, longestDays: 5)
        let sessions = [Self.finished(Self.day(12, 1)), Self.finished(Self.day(12, 2))]
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 3), through: Self.day(12, 31))
        let due = (1...31).filter { calendar.mark(on: Self.day(12, $0)) == .due }
        #expect(due == [3, 4, 5], "five days from the first session")
    }

    @Test func aFullCourseIsFollowedByItsRestAndThenNothingIsDue() {
        let course = Course(maxSessions: 3, restDays: 5)
        let sessions = [1, 2, 3].map { Self.finished(Self.day(12, $0)) }
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 4), through: Self.day(12, 31))
        #expect(calendar.status.state == .restingUntil(Self.day(12, 9)))
        #expect((3...10).map { calendar.mark(on: Self.day(12, $0)) } == [
            .finished(painAfter: nil), .rest, .rest, .rest, .rest, .rest, .none, .none,
        ])
    }

    @Test func anEarlierFullCourseShowsItsRestUpToTheNextCourse() {
        let course = Course(maxSessions: 2, restDays: 4)
        // A full course on 1–2 Nov, rest 3–6 Nov; a course that lapsed on 20 Nov (no rest); a new course on 26 Nov.
        let sessions = [Self.day(11, 1), Self.day(11, 2), Self.day(11, 20), Self.day(11, 26)].map { Self.finished($0) }
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(11, 27), through: Self.day(11, 30))
        #expect((3...7).map { calendar.mark(on: Self.day(11, $0)) } == [.rest, .rest, .rest, .rest, .none])
        #expect((21...25).allSatisfy { calendar.mark(on: Self.day(11, $0)) == DayMark.none }, "a lapsed course has no rest")
        #expect(calendar.mark(on: Self.day(11, 27)) == .due)
    }

    @Test func aSessionOnARestDayShowsAsTheSession() {
        let course = Course(maxSessions: 2, restDays: 10)
        let sessions = [Self.finished(Self.day(12, 1)), Self.finished(Self.day(12, 2)), Self.finished(Self.day(12, 4), pain: 9)]
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 5), through: Self.day(12, 31))
        #expect(calendar.mark(on: Self.day(12, 3)) == .rest)
        #expect(calendar.mark(on: Self.day(12, 4)) == .finished(painAfter: 9))
    }

    @Test func aSessionRecordedFurtherEastOnWhatIsStillTomorrowHereCountsAsToday() {
        let course = Course(maxSessions: 10, restDays: 10)
        let sessions = [Self.finished(Self.day(12, 2)), Self.finished(Self.day(12, 4), pain: 1)]
        let calendar = CourseCalendar(course: course, sessions: sessions, today: Self.day(12, 3), through: Self.day(12, 10))
        #expect(calendar.mark(on: Self.day(12, 3)) == .finished(painAfter: 1))
        #expect(calendar.status.state == .doneToday)
        #expect(calendar.mark(on: Self.day(12, 4)) == .due)
    }

    @Test func aMissedDayLeavesTodayDueAndTheRestFollowsFromToday() {
        let course = Course(maxSessions: 4, restDays: 10, rhythm: .everyDays(2))
        let calendar = CourseCalendar(course: course, sessions: [Self.finished(Self.day(12, 1))], today: Self.day(12, 6), through: Self.day(12, 31))
        let due = (1...31).filter { calendar.mark(on: Self.day(12, $0)) == .due }
        #expect(due == [6, 8, 10])
    }

    @Test func theSessionsSayWhetherAnythingFallsBetweenTwoDays() {
        let calendar = CourseCalendar(course: nil, sessions: [Self.finished(Self.day(2, 29, 2028))], today: Self.day(3, 1, 2028), through: Self.day(3, 1, 2028))
        #expect(calendar.hasSessions(from: Self.day(2, 1, 2028), to: Self.day(2, 29, 2028)))
        #expect(!calendar.hasSessions(from: Self.day(3, 1, 2028), to: Self.day(3, 31, 2028)))
    }

    @Test func aRecordedSessionIsMarkedWithItsItHurtsPresses() {
        let session = RecordedSession(
            id: 1, routineID: "lumbar", routineTitle: "Lumbar", startedAt: 1_796_965_200, utcOffsetSeconds: 10_800, updatedAt: 0,
            endedAt: nil, ending: .quit, stepCount: 5, stepReached: 3, stepsDone: 2, stepsSkipped: 0, activeSeconds: nil,
            pausedSeconds: nil, pain: PainRatings(before: 6, after: 4), options: [:], courseLimitOverridden: false,
            events: [RecordedEvent(kind: RecordedEvent.itHurts, step: 2, detail: nil, at: 0)]
        )
        let marked = CalendarSession(session)
        #expect(marked == CalendarSession(day: session.day, finished: false, countsTowardsCourse: true, painAfter: 4, itHurts: true))
    }
}
