/// Where a person stands in a routine's course: which session comes next, and whether to rest.
///
/// A course is a run of a routine's sessions with no gap longer than its `restDays` (30 days
/// when the routine gives none). The next session continues the course when the last one was
/// at most that long ago, and starts a new one otherwise.
public struct CourseStanding: Hashable, Sendable {
    /// The gap, in days, that ends a course when the routine names no rest.
    public static let defaultRestDays = 30

    /// The number of the session about to start within its course, from 1.
    public var nextSession: Int
    /// The most sessions the routine allows in one course, if it sets a limit.
    public var maxSessions: Int?
    /// The day of the last recorded session, if any.
    public var lastSessionDay: CalendarDay?
    /// The first day a new course may start once the limit is reached; nil while it is not.
    public var restUntil: CalendarDay?

    public init(nextSession: Int, maxSessions: Int?, lastSessionDay: CalendarDay?, restUntil: CalendarDay?) {
        self.nextSession = nextSession
        self.maxSessions = maxSessions
        self.lastSessionDay = lastSessionDay
        self.restUntil = restUntil
    }

    /// Whether the course already holds its most sessions, so the next would go beyond it.
    public var limitReached: Bool { restUntil != nil }

    /// The standing from the days of the routine's sessions, the latest first.
    ///
    /// - Parameter today: the day the next session would be on.
    public init(sessionDays: [CalendarDay], course: Course?, today: CalendarDay) {
        let restDays = course?.restDays ?? Self.defaultRestDays
        maxSessions = course?.maxSessions
        lastSessionDay = sessionDays.first
        guard let last = sessionDays.first, today.number - last.number <= restDays else {
            nextSession = 1
            restUntil = nil
            return
        }
        let inCourse = Self.latestCourse(of: sessionDays, restDays: restDays).count
        nextSession = inCourse + 1
        if let maxSessions, inCourse >= maxSessions {
            restUntil = last.adding(days: restDays + 1)
        } else {
            restUntil = nil
        }
    }

    /// Where the course stands, in the language of `words`: `session 5 of at most 12 · last on
    /// Mon 30 Nov`, or once the limit is reached `course done: 12 of at most 12 · …`;
    /// «сеанс 5 из 12 возможных · последний — пн, 30 ноя».
    public func summary(in words: Wording) -> String {
        let count: String
        if limitReached, let maxSessions {
            count = words(.standingCourseDone, nextSession - 1, maxSessions)
        } else {
            count = maxSessions.map { words(.standingSessionOfAtMost, nextSession, $0) } ?? words(.standingSessionOfCourse, nextSession)
        }
        var parts = [count]
        if let lastSessionDay { parts.append(words(.standingLast, words.weekdayDayMonth(lastSessionDay))) }
        return parts.joined(separator: " · ")
    }

    /// The standing once the session it foresaw has been done on `day` (the day it was worked
    /// out for): the next session is one further on, and a course now full asks for its rest.
    public func afterSession(on day: CalendarDay, course: Course?) -> CourseStanding {
        let done = nextSession
        var rest: CalendarDay?
        if let maxSessions, done >= maxSessions {
            rest = day.adding(days: (course?.restDays ?? Self.defaultRestDays) + 1)
        }
        return CourseStanding(nextSession: done + 1, maxSessions: maxSessions, lastSessionDay: day, restUntil: rest)
    }

    /// The days of the latest course among `sessionDays` (the latest first): the run of days,
    /// from the latest back, with no gap longer than `restDays` between two of them.
    public static func latestCourse(of sessionDays: [CalendarDay], restDays: Int) -> ArraySlice<CalendarDay> {
        var length = sessionDays.isEmpty ? 0 : 1
        for (later, earlier) in zip(sessionDays, sessionDays.dropFirst()) {
            guard later.number - earlier.number <= restDays else { break }
            length += 1
        }
        return sessionDays.prefix(length)
    }

    /// How many courses the days of a routine's sessions (any order) make.
    public static func courseCount(of days: [CalendarDay], restDays: Int?) -> Int {
        let sorted = days.sorted()
        guard var previous = sorted.first else { return 0 }
        var count = 1
        for day in sorted.dropFirst() {
            if day.number - previous.number > (restDays ?? defaultRestDays) { count += 1 }
            previous = day
        }
        return count
    }
}
