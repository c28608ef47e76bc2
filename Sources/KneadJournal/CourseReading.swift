import KneadCore

/// One routine's counted sessions as the quick answer reads them, the latest start first, and
/// whether the sessions not yet read could still change whether one is due today.
///
/// Older sessions can only add days to what is known: they can make a course fuller or longer,
/// or (N a week) push the next session later, but never bring a session due. So once the latest
/// day is known, a routine that is not due stays so; and one that is due stays due once nothing
/// older can join the days that decide it: the current course when it has a limit of sessions
/// or of days, the latest day's week when sessions come N a week.
///
/// Sessions come in order of their instant, not of their local day: one not yet read may still
/// fall on a later local day than one read, but never after the UTC day of the last instant
/// read plus one, since no time zone is a day or more from UTC.
struct CourseReading {
    /// The routine's course, as its rules give it.
    let course: Course
    /// The day the answer is for.
    let today: CalendarDay
    /// The local days read so far, in the order read.
    private(set) var days: [CalendarDay] = []
    /// The latest local day a session not yet read can fall on; nil before the first.
    private var latestUnreadDay: CalendarDay?

    init(course: Course, today: CalendarDay) {
        self.course = course
        self.today = today
    }

    /// Takes the next session, no later than those already read.
    mutating func add(startedAt unixSeconds: Int64, utcOffsetSeconds: Int) {
        days.append(CalendarDay(unixSeconds: unixSeconds, utcOffsetSeconds: utcOffsetSeconds))
        latestUnreadDay = CalendarDay(unixSeconds: unixSeconds, utcOffsetSeconds: 86_399)
    }

    /// Whether a session is due today, from the days read so far.
    var isDue: Bool { status.isDue }

    /// Whether no session older than those read can change `isDue`.
    var isSettled: Bool {
        guard let unread = latestUnreadDay.map({ min($0, today) }), let last = days.max().map({ min($0, today) }) else { return false }
        let restDays = course.restDays ?? CourseStanding.defaultRestDays
        if today.number - max(last, unread).number > restDays { return true }
        guard unread <= last else { return false }
        guard status.isDue else { return true }
        return earliestDayThatMatters(last: last, restDays: restDays).map { unread < $0 } ?? true
    }

    /// The earliest day an older session could fall on and still stop a due session being due:
    /// within reach of the current course, or in the latest day's week; nil when no older
    /// session can matter at all.
    private func earliestDayThatMatters(last: CalendarDay, restDays: Int) -> CalendarDay? {
        var earliest: CalendarDay?
        if case .perWeek = course.rhythmInForce { earliest = last.adding(days: -last.weekday) }
        if course.maxSessions != nil || course.longestDays != nil {
            let latestFirst = days.map { min($0, today) }.sorted(by: >)
            let courseStart = CourseStanding.latestCourse(of: latestFirst, restDays: restDays).last ?? last
            earliest = min(earliest ?? courseStart, courseStart.adding(days: -restDays))
        }
        return earliest
    }

    private var status: CourseStatus { CourseStatus(course: course, sessionDays: days, today: today) }
}
