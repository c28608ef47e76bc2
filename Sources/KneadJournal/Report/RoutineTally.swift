import KneadCore

/// One routine's figures, gathered session by session in the order they started, as a single
/// pass over the journal reads them; `summary` turns them into the report's `RoutineSummary`.
struct RoutineTally {
    var routineID: String
    /// How many sessions ended each way, each ending at its `endingIndex`.
    var endings = [0, 0, 0, 0]
    /// Its sessions' count and average pain.
    var pain = PainAverages()
    /// The start of its first session, which orders the routines.
    var firstStart: Int64
    var firstDay: CalendarDay
    var lastDay: CalendarDay
    /// Its latest session, whose title the report shows.
    var latestSession: Int64
    /// The days of the sessions that count towards a course.
    var courseDays: [CalendarDay] = []
    /// The latest rated sessions' ratings, the oldest first: `Journal.trendLength` of them, or
    /// up to twice that until `summary` trims them.
    var trend: [PainRatings] = []

    /// A tally that starts with `row`, its routine's first session.
    init(routineID: String, first row: SessionRow) {
        self.routineID = routineID
        firstStart = row.startedAt
        firstDay = row.day
        lastDay = row.day
        latestSession = row.id
        add(row)
    }

    /// Counts `row`, which started after every session counted so far.
    mutating func add(_ row: SessionRow) {
        endings[Self.endingIndex(row.ending)] += 1
        pain.add(row.pain)
        firstDay = min(firstDay, row.day)
        lastDay = max(lastDay, row.day)
        latestSession = row.id
        if row.countsTowardsCourse { courseDays.append(row.day) }
        if row.pain.before != nil || row.pain.after != nil {
            trend.append(row.pain)
            if trend.count > 2 * Journal.trendLength { trend.removeFirst(trend.count - Journal.trendLength) }
        }
    }

    /// The figures as `RoutineSummary` holds them: the title, skipped steps and presses are
    /// added by the caller; `restDays` is the routine's rest between courses.
    func summary(restDays: Int?) -> RoutineSummary {
        RoutineSummary(
            routineID: routineID, title: routineID, sessions: pain.sessions,
            courses: CourseStanding.courseCount(of: courseDays, restDays: restDays),
            endings: Dictionary(uniqueKeysWithValues: SessionEnding.allCases.compactMap { ending in
                let count = endings[Self.endingIndex(ending)]
                return count > 0 ? (ending, count) : nil
            }),
            averageBefore: pain.averageBefore, averageAfter: pain.averageAfter, averageChange: pain.averageChange,
            trend: Array(trend.suffix(Journal.trendLength)), skipped: [], itHurts: 0, firstDay: firstDay, lastDay: lastDay
        )
    }

    /// Where `ending` is counted in `endings`.
    private static func endingIndex(_ ending: SessionEnding) -> Int {
        switch ending {
        case .finished: 0
        case .quit: 1
        case .signal: 2
        case .interrupted: 3
        }
    }
}
