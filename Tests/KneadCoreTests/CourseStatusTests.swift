import Testing
@testable import KneadCore

/// `CourseStatus`: where a course stands today, from literal days, in every state and across
/// month ends, a leap day, summer time and time zones.
struct CourseStatusTests {
    private let neck = Course(maxSessions: 12, restDays: 14, rhythm: .everyDays(1))
    private let lumbar = Course(maxSessions: 14, restDays: 42, rhythm: .everyDays(1), longestDays: 30)
    private let honey = Course(maxSessions: 8, restDays: 14, rhythm: .everyDays(2))

    private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    /// The days from `first`, `count` of them, `apart` days apart, the latest first.
    private func days(from first: String, count: Int, apart: Int = 1) -> [CalendarDay] {
        (0..<count).map { day(first).adding(days: $0 * apart) }.reversed()
    }

    private func status(_ course: Course?, _ days: [CalendarDay], today: String) -> CourseStatus {
        CourseStatus(course: course, sessionDays: days, today: day(today))
    }

    @Test func aRoutineWithoutACourseOrNeverBegunHasNoCourse() {
        #expect(status(nil, days(from: "2026-01-05", count: 3), today: "2026-01-08").state == .noCourse)
        #expect(status(neck, [], today: "2026-01-08") == CourseStatus(state: .noCourse, session: 0, maxSessions: 12))
    }

    @Test func aCourseLapsesAfterItsRestWithoutASession() {
        // The last session on 1 Jan; 14 days' rest: still under way on 15 Jan, lapsed on 16 Jan.
        #expect(status(neck, [day("2026-01-01")], today: "2026-01-15").state == .dueToday)
        #expect(status(neck, [day("2026-01-01")], today: "2026-01-16").state == .noCourse)
    }

    @Test func theNextSessionOfADailyCourseIsDueTheDayAfterAndStaysDue() {
        let five = days(from: "2026-01-05", count: 5)
        #expect(status(neck, five, today: "2026-01-10") == CourseStatus(state: .dueToday, session: 6, maxSessions: 12))
        #expect(status(neck, five, today: "2026-01-13") == CourseStatus(state: .dueToday, session: 6, maxSessions: 12))
    }

    @Test func aSessionTodayIsDoneToday() {
        let six = days(from: "2026-01-05", count: 6)
        #expect(status(neck, six, today: "2026-01-10") == CourseStatus(state: .doneToday, session: 6, maxSessions: 12))
    }

    @Test func anEveryOtherDayCourseWaitsForItsDay() {
        let two = days(from: "2026-01-05", count: 2, apart: 2)
        #expect(status(honey, two, today: "2026-01-08") == CourseStatus(state: .nextOn(day("2026-01-09")), session: 3, maxSessions: 8))
        #expect(status(honey, two, today: "2026-01-09").state == .dueToday)
    }

    @Test func theLastSessionOfACourseCompletesItThenTheRestFollows() {
        let twelve = days(from: "2026-01-01", count: 12)
        #expect(status(neck, twelve, today: "2026-01-12")
            == CourseStatus(state: .courseComplete(restUntil: day("2026-01-27")), session: 12, maxSessions: 12))
        #expect(status(neck, twelve, today: "2026-01-13")
            == CourseStatus(state: .restingUntil(day("2026-01-27")), session: 12, maxSessions: 12))
        #expect(status(neck, twelve, today: "2026-01-26").state == .restingUntil(day("2026-01-27")))
        // The rest is over: a new course may start, and nothing is due.
        #expect(status(neck, twelve, today: "2026-01-27").state == .noCourse)
    }

    @Test func aCourseEndsAtItsLongestLengthEvenShortOfItsSessions() {
        // Lumbar every third day from 1 Mar: 10 sessions, the last on 28 Mar, the 28th day.
        let spread = days(from: "2026-03-01", count: 10, apart: 3)
        #expect(status(lumbar, spread, today: "2026-03-30") == CourseStatus(state: .dueToday, session: 11, maxSessions: 14))
        // 31 Mar is the course's 31st day: past its month, so it rests 42 days after 28 Mar.
        #expect(status(lumbar, spread, today: "2026-03-31") == CourseStatus(state: .restingUntil(day("2026-05-10")), session: 10, maxSessions: 14))
        // A session on the 30th day completes it: no next day fits.
        let onTheLastDay = [day("2026-03-30")] + spread
        #expect(status(lumbar, onTheLastDay, today: "2026-03-30").state == .courseComplete(restUntil: day("2026-05-12")))
    }

    @Test func threeAWeekSpreadsTheSessionsAndWaitsForTheNextWeek() {
        let threeAWeek = Course(maxSessions: 12, restDays: 14, rhythm: .perWeek(3))
        // Mon 5 Jan 2026, then Wed 7 Jan.
        let monday = [day("2026-01-05")]
        #expect(status(threeAWeek, monday, today: "2026-01-06").state == .nextOn(day("2026-01-07")))
        let mondayWednesdayFriday = [day("2026-01-09"), day("2026-01-07"), day("2026-01-05")]
        // Fri + 2 is Sunday, but the week already holds three: next Monday.
        #expect(status(threeAWeek, mondayWednesdayFriday, today: "2026-01-10").state == .nextOn(day("2026-01-12")))
        #expect(status(threeAWeek, mondayWednesdayFriday, today: "2026-01-12") == CourseStatus(state: .dueToday, session: 4, maxSessions: 12))
    }

    @Test func daysCrossMonthAndYearEnds() {
        #expect(status(honey, [day("2026-01-31")], today: "2026-02-01").state == .nextOn(day("2026-02-02")))
        #expect(status(honey, [day("2026-12-31")], today: "2027-01-01").state == .nextOn(day("2027-01-02")))
        #expect(status(neck, days(from: "2026-12-31", count: 12), today: "2027-01-11").state == .courseComplete(restUntil: day("2027-01-26")))
    }

    @Test func aLeapDayIsADayOfTheCourse() {
        #expect(status(neck, [day("2028-02-28")], today: "2028-02-29").state == .dueToday)
        #expect(status(honey, [day("2028-02-28")], today: "2028-02-29").state == .nextOn(day("2028-03-01")))
        #expect(status(honey, [day("2027-02-28")], today: "2027-03-01").state == .nextOn(day("2027-03-02")))
        // Twelve daily sessions over the leap day end on 10 Mar 2028; the rest ends 14 days later.
        #expect(status(neck, days(from: "2028-02-28", count: 12), today: "2028-03-11").state == .restingUntil(day("2028-03-25")))
    }

    /// A session at `local` wall-clock time in a zone `offsetHours` east of UTC.
    private func session(_ date: String, _ hour: Int, _ minute: Int, offsetHours: Double, reached: Int = 5, ending: SessionEnding = .finished) -> RecordedSession {
        let offset = Int(offsetHours * 3600)
        let unix = Int64(day(date).number) * 86_400 + Int64(hour * 3600 + minute * 60) - Int64(offset)
        return RecordedSession(
            id: 1, routineID: "neck-classic", routineTitle: "Neck", startedAt: unix, utcOffsetSeconds: offset, updatedAt: unix,
            endedAt: nil, ending: ending, stepCount: 10, stepReached: reached, stepsDone: nil, stepsSkipped: nil,
            activeSeconds: nil, pausedSeconds: nil, pain: PainRatings(), options: [:], courseLimitOverridden: false, events: []
        )
    }

    @Test func aSessionLateOnTheEveningBeforeSummerTimeBeginsKeepsItsDay() {
        // Berlin: 23:30 on Sat 28 Mar 2026 at +01:00; the clocks go forward that night.
        let saturdayNight = session("2026-03-28", 23, 30, offsetHours: 1)
        let sunday = LocalTime(unixSeconds: Int64(day("2026-03-29").number) * 86_400 + 20 * 3600 - 7200, utcOffsetSeconds: 7200).day
        #expect(CourseStatus(course: neck, sessions: [saturdayNight], today: sunday).state == .dueToday)
        // After summer time ends (25 Oct 2026), a session at 00:30 at +01:00 is that Sunday's.
        let afterFallBack = session("2026-10-25", 0, 30, offsetHours: 1)
        #expect(CourseStatus(course: neck, sessions: [afterFallBack], today: day("2026-10-25")).state == .doneToday)
        let beforeFallBack = session("2026-10-24", 23, 59, offsetHours: 2)
        #expect(CourseStatus(course: neck, sessions: [beforeFallBack], today: day("2026-10-25")).state == .dueToday)
    }

    @Test func aSessionRecordedInAnotherTimeZoneFallsOnTheDayItWasThere() {
        // 23:30 on 11 Jan in New York is 12 Jan in Moscow, but that session was the 11th's.
        let newYork = session("2026-01-11", 23, 30, offsetHours: -5)
        #expect(CourseStatus(course: neck, sessions: [newYork], today: day("2026-01-12")) == CourseStatus(state: .dueToday, session: 2, maxSessions: 12))
        // 01:00 on 12 Jan in Tokyo, and home in London it is still the 11th: done today.
        let tokyo = session("2026-01-12", 1, 0, offsetHours: 9)
        #expect(CourseStatus(course: neck, sessions: [tokyo], today: day("2026-01-11")).state == .doneToday)
    }

    @Test func onlySessionsThatCountTowardsACourseMoveIt() {
        let quitAtOnce = session("2026-01-10", 9, 0, offsetHours: 0, reached: 1, ending: .quit)
        let quitLater = session("2026-01-11", 9, 0, offsetHours: 0, reached: 3, ending: .quit)
        #expect(CourseStatus(course: neck, sessions: [quitAtOnce], today: day("2026-01-11")).state == .noCourse)
        #expect(CourseStatus(course: neck, sessions: [quitAtOnce, quitLater], today: day("2026-01-11")).state == .doneToday)
    }

    @Test func theStandingIsWordedInEnglishAndRussian() {
        let english = Wording.english, russian = Wording(language: .russian)
        let due = CourseStatus(state: .dueToday, session: 6, maxSessions: 14)
        #expect(due.line(in: english) == "due today (session 6 of at most 14)")
        #expect(due.line(in: russian) == "сегодня по плану (сеанс 6 из 14)")
        let resting = CourseStatus(state: .restingUntil(day("2026-01-12")), session: 12, maxSessions: 12)
        #expect(resting.line(in: english) == "resting until Mon 12 Jan")
        #expect(resting.line(in: russian) == "отдых до пн, 12 янв")
        let next = CourseStatus(state: .nextOn(day("2026-01-14")), session: 3, maxSessions: nil)
        #expect(next.line(in: english) == "next on Wed 14 Jan (session 3 of the course)")
        #expect(CourseStatus(state: .doneToday, session: 5, maxSessions: 8).line(in: english) == "done today")
        #expect(CourseStatus(state: .courseComplete(restUntil: day("2026-01-27")), session: 12, maxSessions: 12).line(in: russian)
            == "курс пройден, отдых до вт, 27 янв")
        #expect(CourseStatus(state: .noCourse, session: 0, maxSessions: nil).line(in: english) == "")
    }
}
