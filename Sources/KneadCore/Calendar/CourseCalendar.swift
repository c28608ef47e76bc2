/// A routine's course laid over the calendar: the mark of each day, from the sessions done,
/// the rests after full courses, and the days the rhythm brings next.
///
/// Worked out from the routine's sessions (which must reach back to the start of the latest
/// course, and far enough before the first day shown for its rests) and today's local day;
/// no clock, no time zone database.
public struct CourseCalendar: Hashable, Sendable {
    /// How many months, the current one among them, the app's calendar can show back: the
    /// journal's facts hold the sessions from the first of them.
    public static let monthsLookedBack = 12
    /// The person's local day the calendar was made on.
    public let today: CalendarDay
    /// Where the course stands today.
    public let status: CourseStatus
    private let sessionMarks: [CalendarDay: DayMark]
    private let rests: [ClosedRange<CalendarDay>]
    private let dueDays: Set<CalendarDay>

    /// The calendar of a routine with `course`, from its `sessions` in any order, with the days
    /// due worked out up to `lastDay`.
    ///
    /// A session whose own day is after today (recorded further east) counts as today's.
    public init(course: Course?, sessions: [CalendarSession], today: CalendarDay, through lastDay: CalendarDay) {
        self.today = today
        let sessions = sessions.map { session in
            var session = session
            session.day = min(session.day, today)
            return session
        }
        sessionMarks = Dictionary(grouping: sessions, by: \.day).mapValues { DayMark(sessions: $0) }
        let courseDays = sessions.filter(\.countsTowardsCourse).map(\.day).sorted()
        status = CourseStatus(course: course, sessionDays: courseDays, today: today)
        guard let course else {
            rests = []
            dueDays = []
            return
        }
        let courses = Self.courses(of: courseDays, restDays: course.restDays ?? CourseStanding.defaultRestDays)
        rests = Self.rests(after: courses, course: course, status: status)
        dueDays = Self.dueDays(status: status, latestCourse: courses.last ?? [], course: course, today: today, through: lastDay)
    }

    /// The mark of `day`: its sessions first, then a day due, then a rest.
    public func mark(on day: CalendarDay) -> DayMark {
        if let mark = sessionMarks[day] { return mark }
        if dueDays.contains(day) { return .due }
        if rests.contains(where: { $0.contains(day) }) { return .rest }
        return .none
    }

    /// Whether any session falls from `first` to `last`.
    public func hasSessions(from first: CalendarDay, to last: CalendarDay) -> Bool {
        sessionMarks.keys.contains { (first...last).contains($0) }
    }

    /// The days of counted sessions (oldest first) cut into courses where a gap is longer
    /// than `restDays`.
    static func courses(of days: [CalendarDay], restDays: Int) -> [[CalendarDay]] {
        var courses: [[CalendarDay]] = []
        for day in days {
            if let last = courses.last?.last, day.number - last.number <= restDays {
                courses[courses.count - 1].append(day)
            } else {
                courses.append([day])
            }
        }
        return courses
    }

    /// The rests: after each earlier course that was full, from the day after the session that
    /// filled it up to the next course; after the latest, up to the end the status names, or
    /// once that rest is over, as long as it lasted. Sessions done in a rest keep their own marks.
    private static func rests(after courses: [[CalendarDay]], course: Course, status: CourseStatus) -> [ClosedRange<CalendarDay>] {
        let restDays = course.restDays ?? CourseStanding.defaultRestDays
        var rests: [ClosedRange<CalendarDay>] = []
        for (earlier, later) in zip(courses, courses.dropFirst()) {
            guard let filled = fillingDay(of: earlier, course: course), let last = earlier.last, let nextStart = later.first else { continue }
            let end = min(last.adding(days: restDays), nextStart.adding(days: -1))
            if end > filled { rests.append(filled.adding(days: 1)...end) }
        }
        guard let latest = courses.last, let last = latest.last else { return rests }
        let filled = fillingDay(of: latest, course: course)
        let end: CalendarDay? = switch status.state {
        case .restingUntil(let end), .courseComplete(let end): end.adding(days: -1)
        default: filled.map { _ in last.adding(days: restDays) }
        }
        if let end, let start = filled ?? latest.last, end > start { rests.append(start.adding(days: 1)...end) }
        return rests
    }

    /// The day of the session that made a course (its days, oldest first) full: the one that
    /// reached its most sessions, or its last when the next would go past its longest stretch;
    /// nil when the course never filled.
    private static func fillingDay(of days: [CalendarDay], course: Course) -> CalendarDay? {
        guard let first = days.first else { return nil }
        if let maxSessions = course.maxSessions, maxSessions > 0, days.count >= maxSessions { return days[maxSessions - 1] }
        guard let longest = course.longestDays else { return nil }
        let next = CourseStatus.nextDay(after: ArraySlice(days.reversed()), rhythm: course.rhythmInForce)
        return next > first.adding(days: longest - 1) ? days.last : nil
    }

    /// The days due from today to `lastDay`: the one the status names (or after today's
    /// session, the next), then each the rhythm brings after it until the course is full or has
    /// run its longest.
    private static func dueDays(
        status: CourseStatus, latestCourse: [CalendarDay], course: Course, today: CalendarDay, through lastDay: CalendarDay
    ) -> Set<CalendarDay> {
        var days = Array(latestCourse.reversed())
        var next: CalendarDay
        switch status.state {
        case .dueToday: next = today
        case .nextOn(let day): next = day
        case .doneToday: next = CourseStatus.nextDay(after: days[...], rhythm: course.rhythmInForce)
        default: return []
        }
        let lastAllowed = course.longestDays.flatMap { longest in latestCourse.first.map { $0.adding(days: longest - 1) } }
        var due: Set<CalendarDay> = []
        while next <= lastDay, course.maxSessions.map({ days.count < $0 }) ?? true, lastAllowed.map({ next <= $0 }) ?? true {
            due.insert(next)
            days.insert(next, at: 0)
            next = CourseStatus.nextDay(after: days[...], rhythm: course.rhythmInForce)
        }
        return due
    }
}
