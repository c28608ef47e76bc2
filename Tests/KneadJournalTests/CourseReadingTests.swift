import KneadCore
import KneadTestSupport
import Testing
@testable import KneadJournal

/// The quick answer's reading of a routine's latest sessions: it stops as soon as older ones
/// cannot change whether a session is due, and then answers as the whole look-back would.
@Suite struct CourseReadingTests {
    /// A session as the journal keeps it: its instant and the UTC offset in force there.
    private struct Session {
        var start: Int64
        var offset: Int
        var day: CalendarDay { CalendarDay(unixSeconds: start, utcOffsetSeconds: offset) }
    }

    /// Courses of every shape the rules can give: limits of sessions and of days or none, short
    /// and long rests, a rhythm of every N days or N a week, or none.
    private let courses = [
        Course(maxSessions: 14, restDays: 42, rhythm: .everyDays(1), longestDays: 30),
        Course(maxSessions: 10, restDays: 14, rhythm: .everyDays(2)),
        Course(rhythm: .everyDays(1)),
        Course(maxSessions: 8, restDays: 5, rhythm: .perWeek(3)),
        Course(restDays: 3, rhythm: .perWeek(2), longestDays: 20),
        Course(restDays: 9, rhythm: .perWeek(5)),
        Course(maxSessions: 5, restDays: 2),
        Course(restDays: 1, longestDays: 4),
    ]
    private let today = CalendarDay(number: 20_454)

    /// Reads `sessions` (the latest first) as the quick answer does: until the reading settles.
    private func read(_ sessions: [Session], course: Course) -> CourseReading {
        var reading = CourseReading(course: course, today: today)
        for session in sessions where !reading.isSettled {
            reading.add(startedAt: session.start, utcOffsetSeconds: session.offset)
        }
        return reading
    }

    /// Up to 70 sessions before about now, the latest first: mostly a day or two apart, often
    /// hours apart in time zones far from each other, some just inside or outside the course's
    /// rest or its week, a few after today where they were recorded.
    private func history(for course: Course, _ random: inout SplitMix) -> [Session] {
        let rest = course.restDays ?? CourseStanding.defaultRestDays
        let offsets = [0, 3 * 3600, -5 * 3600, 14 * 3600, -12 * 3600, 5 * 3600 + 1800]
        let gaps = [0, 0, 1, 1, 1, 2, 3, 6, 7, rest - 1, rest, rest + 1, rest + 2, 45]
        var day = today.number + Int.random(in: -3...1, using: &random)
        var sessions: [Session] = []
        for _ in 0..<Int.random(in: 0...70, using: &random) {
            day -= gaps.randomElement(using: &random)!
            let offset = offsets.randomElement(using: &random)!
            let local = Int64(day) * 86_400 + Int64.random(in: 0..<86_400, using: &random)
            sessions.append(Session(start: local - Int64(offset), offset: offset))
        }
        return Array(sessions.sorted { $0.start > $1.start }.prefix(DueRoutines.lookBack))
    }

    @Test func aSettledReadingAnswersAsTheWholeLookBack() {
        var random = SplitMix(seed: 2026_12_03)
        var stoppedEarly = 0
        for trial in 0..<6000 {
            let course = courses[trial % courses.count]
            let sessions = history(for: course, &random)
            let whole = CourseStatus(course: course, sessionDays: sessions.map(\.day), today: today)
            let reading = read(sessions, course: course)
            #expect(reading.isDue == whole.isDue, "trial \(trial): \(course), \(sessions.map { ($0.start, $0.offset) }), read \(reading.days.count)")
            if reading.days.count < sessions.count { stoppedEarly += 1 }
        }
        // Most histories are settled before their end: the shortcut exists to read less.
        #expect(stoppedEarly > 3000, "\(stoppedEarly) of 6000 readings stopped early")
    }

    @Test func aDailyRoutineWithoutLimitsIsSettledByItsLatestDays() {
        let sessions = (1...60).map { Session(start: Int64(today.number - $0) * 86_400 + 9 * 3600, offset: 3 * 3600) }
        let reading = read(sessions, course: Course(rhythm: .everyDays(1)))
        #expect(reading.isDue)
        #expect(reading.days.count <= 3, "read \(reading.days.count) sessions")
    }

    @Test func aLimitedCourseIsReadBackToTheRestBeforeIt() {
        // Five sessions of a lumbar-like course, a rest of 50 days, then an older course.
        let lumbar = Course(maxSessions: 14, restDays: 42, rhythm: .everyDays(1), longestDays: 30)
        let recent = (1...5).map { today.number - $0 }
        let older = (1...30).map { today.number - 55 - $0 }
        let sessions = (recent + older).map { Session(start: Int64($0) * 86_400 + 9 * 3600, offset: 0) }
        let reading = read(sessions, course: lumbar)
        #expect(reading.isDue)
        #expect(reading.days.count == 6 || reading.days.count == 7, "read \(reading.days.count) sessions")
        // A course already full is known to rest as soon as its fourteenth session is read.
        let full = (1...40).map { Session(start: Int64(today.number - $0) * 86_400 + 9 * 3600, offset: 0) }
        let resting = read(full, course: Course(maxSessions: 14, restDays: 42, rhythm: .everyDays(1)))
        #expect(!resting.isDue && resting.days.count <= 14, "read \(resting.days.count) sessions")
    }

    @Test func nothingReadIsNeverSettledAndNotDue() {
        let reading = CourseReading(course: Course(rhythm: .everyDays(1)), today: today)
        #expect(!reading.isSettled && !reading.isDue)
    }
}
