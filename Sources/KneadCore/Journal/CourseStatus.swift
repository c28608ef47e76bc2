/// Where a routine's course stands on a given day: nothing under way, a session due, done,
/// coming on a later day, a rest, or a course just completed; with the session it speaks of.
///
/// Worked out from the local days of the routine's sessions that count towards a course
/// (`RecordedSession.countsTowardsCourse`), each the day it fell on where it was recorded, and
/// today's local day; no clock, no time zone database.
public struct CourseStatus: Hashable, Sendable {
    /// The kinds of standing, in the words `knead status` and the picker use.
    public enum State: Hashable, Sendable {
        /// No course under way: the routine has none, was never begun, or its last course lapsed.
        case noCourse
        /// A session is due today (or was due earlier and is still missing).
        case dueToday
        /// A session counted today, and the course goes on.
        case doneToday
        /// The next session falls on this later day.
        case nextOn(CalendarDay)
        /// The course reached its limit; a new one may start on this day.
        case restingUntil(CalendarDay)
        /// Today's session completed the course; a new one may start on this day.
        case courseComplete(restUntil: CalendarDay)
    }

    public var state: State
    /// The session the state speaks of: the one due or next (from 1), the one done today, or
    /// for a rest or a completed course how many the course held; 0 with no course.
    public var session: Int
    /// The most sessions the course allows, if it sets a limit.
    public var maxSessions: Int?

    public init(state: State, session: Int, maxSessions: Int?) {
        self.state = state
        self.session = session
        self.maxSessions = maxSessions
    }

    /// The standing on `today` of a routine with `course`, from the local days of its sessions
    /// that count towards a course, in any order (several on one day count as several).
    ///
    /// A session whose own day is after today (recorded further east, then the person flew
    /// west) counts as today's.
    public init(course: Course?, sessionDays: [CalendarDay], today: CalendarDay) {
        maxSessions = course?.maxSessions
        let restDays = course?.restDays ?? CourseStanding.defaultRestDays
        let days = sessionDays.map { min($0, today) }.sorted(by: >)
        guard let course, let last = days.first, today.number - last.number <= restDays else {
            state = .noCourse
            session = 0
            return
        }
        let courseDays = CourseStanding.latestCourse(of: days, restDays: restDays)
        let count = courseDays.count
        let restEnd = last.adding(days: restDays + 1)
        let lastAllowedDay = course.longestDays.map { (courseDays.last ?? last).adding(days: $0 - 1) }
        let next = Self.nextDay(after: courseDays, rhythm: course.rhythmInForce)
        let full = course.maxSessions.map { count >= $0 } ?? false
        let tooLong = lastAllowedDay.map { next > $0 || today > $0 } ?? false
        if last == today {
            state = full || tooLong ? .courseComplete(restUntil: restEnd) : .doneToday
            session = count
        } else if full || tooLong {
            state = .restingUntil(restEnd)
            session = count
        } else {
            state = next <= today ? .dueToday : .nextOn(next)
            session = count + 1
        }
    }

    /// The standing from a routine's recorded sessions, in any order.
    public init(course: Course?, sessions: [RecordedSession], today: CalendarDay) {
        let days = sessions.filter {
            RecordedSession.countsTowardsCourse(finished: $0.ending == .finished, stepReached: $0.stepReached)
        }.map(\.day)
        self.init(course: course, sessionDays: days, today: today)
    }

    /// Whether a session is due today and not yet done: what reminders speak of.
    public var isDue: Bool { state == .dueToday }

    /// The day the rhythm brings the next session, after the days of a course (the latest first).
    ///
    /// Every N days: N days after the last. N a week: `7 / N` days after the last, and not
    /// before the next Monday once the last one's week holds N sessions.
    static func nextDay(after courseDays: ArraySlice<CalendarDay>, rhythm: CourseRhythm) -> CalendarDay {
        guard let last = courseDays.first else { return CalendarDay(number: 0) }
        let spaced = last.adding(days: rhythm.daysApart)
        guard case .perWeek(let sessions) = rhythm else { return spaced }
        let monday = last.adding(days: -last.weekday)
        let inThatWeek = courseDays.prefix { $0 >= monday }.count
        return inThatWeek >= sessions ? max(spaced, monday.adding(days: 7)) : spaced
    }
}
