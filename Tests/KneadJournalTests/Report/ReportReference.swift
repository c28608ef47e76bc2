import KneadCore
@testable import KneadJournal

/// The report's figures as plain SQL defines them, one routine and one question at a time:
/// what the one-pass reading of `Journal.reportFigures` must agree with, number for number.
struct ReportReference {
    let journal: Journal
    let filter: String
    let values: [SQLiteStatement.Value]
    let restDays: [String: Int]

    init(journal: Journal, routineID: String?, since: CalendarDay?, until: CalendarDay?, restDays: [String: Int]) {
        self.journal = journal
        (filter, values) = Journal.reportFilter(routineID: routineID, since: since, until: until)
        self.restDays = restDays
    }

    /// Every routine's summary, in the order of its first session.
    func summaries() throws -> [RoutineSummary] {
        let ids = try rows("SELECT s.routine_id FROM sessions s WHERE \(filter) GROUP BY s.routine_id ORDER BY min(s.started_at), s.routine_id")
        return try ids.map { row in try summary(of: Self.text(row[0]) ?? "") }
    }

    /// One routine's summary.
    func summary(of routineID: String) throws -> RoutineSummary {
        let (this, bound) = routine(routineID)
        let totals = try rows("""
            SELECT count(*), sum(s.ending = 'finished'), sum(s.ending = 'quit'), sum(s.ending = 'signal'), sum(s.ending IS NULL),
                avg(s.pain_before), avg(s.pain_after), avg(s.pain_after - s.pain_before),
                min(s.started_at + s.utc_offset), max(s.started_at + s.utc_offset)
            FROM sessions s WHERE \(this)
            """, bound)[0]
        var endings: [SessionEnding: Int] = [:]
        for (column, ending) in [(1, SessionEnding.finished), (2, .quit), (3, .signal), (4, .interrupted)] where Self.integer(totals[column]) > 0 {
            endings[ending] = Self.integer(totals[column])
        }
        let title = try rows("SELECT s.routine_title FROM sessions s WHERE \(this) ORDER BY s.started_at DESC, s.id DESC LIMIT 1", bound)
        let courseDays = try rows("""
            SELECT s.started_at + s.utc_offset FROM sessions s WHERE \(this) AND (s.ending = 'finished' OR s.step_reached > 1)
            """, bound).map { CalendarDay(unixSeconds: Int64(Self.integer($0[0])), utcOffsetSeconds: 0) }
        let trend = try rows("""
            SELECT s.pain_before, s.pain_after FROM sessions s WHERE \(this) AND (s.pain_before IS NOT NULL OR s.pain_after IS NOT NULL)
            ORDER BY s.started_at DESC, s.id DESC LIMIT \(Journal.trendLength)
            """, bound).reversed().map { PainRatings(before: Self.optionalInteger($0[0]), after: Self.optionalInteger($0[1])) }
        var summary = RoutineSummary(
            routineID: routineID, title: title.first.flatMap { Self.text($0[0]) } ?? routineID, sessions: Self.integer(totals[0]),
            courses: CourseStanding.courseCount(of: courseDays, restDays: restDays[routineID]), endings: endings,
            averageBefore: Self.real(totals[5]), averageAfter: Self.real(totals[6]), averageChange: Self.real(totals[7]),
            trend: Array(trend), skipped: [], itHurts: 0,
            firstDay: CalendarDay(unixSeconds: Int64(Self.integer(totals[8])), utcOffsetSeconds: 0),
            lastDay: CalendarDay(unixSeconds: Int64(Self.integer(totals[9])), utcOffsetSeconds: 0)
        )
        let steps = { (kind: String) in
            try rows("""
                SELECT e.detail, count(*) FROM session_events e JOIN sessions s ON s.id = e.session_id
                WHERE \(this) AND e.kind = '\(kind)' GROUP BY e.detail
                """, bound).map { RoutineSummary.SkippedStep(name: Self.text($0[0]) ?? "", count: Self.integer($0[1])) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        }
        summary.skipped = try steps(RecordedEvent.stepSkipped)
        summary.hurtingSteps = try steps(RecordedEvent.itHurts)
        summary.itHurts = summary.hurtingSteps.map(\.count).reduce(0, +)
        return summary
    }

    /// One routine's sessions as the page draws them, oldest first.
    func sessions(of routineID: String) throws -> [ReportSession] {
        let (this, bound) = routine(routineID)
        return try rows("""
            SELECT s.started_at + s.utc_offset, s.ending, s.ending = 'finished' OR s.step_reached > 1, s.pain_before, s.pain_after, s.flare,
                (SELECT count(*) FROM session_events e WHERE e.session_id = s.id AND e.kind = '\(RecordedEvent.itHurts)')
            FROM sessions s WHERE \(this) ORDER BY s.started_at, s.id
            """, bound).map { row in
            ReportSession(
                routineID: routineID, day: CalendarDay(unixSeconds: Int64(Self.integer(row[0])), utcOffsetSeconds: 0),
                ending: Self.text(row[1]).flatMap(SessionEnding.init(rawValue:)) ?? .interrupted,
                countsTowardsCourse: Self.integer(row[2]) != 0,
                pain: PainRatings(before: Self.optionalInteger(row[3]), after: Self.optionalInteger(row[4])),
                flare: Self.integer(row[5]) != 0, itHurtsPresses: Self.integer(row[6])
            )
        }
    }

    /// The condition and values that take `routineID`'s sessions within the filter.
    private func routine(_ routineID: String) -> (String, [SQLiteStatement.Value]) {
        ("\(filter) AND s.routine_id = ?\(values.count + 1)", values + [.text(routineID)])
    }

    private func rows(_ sql: String, _ bound: [SQLiteStatement.Value]? = nil) throws -> [[SQLiteStatement.Value]] {
        try journal.connection.prepare(sql).rows(bound ?? values)
    }

    private static func integer(_ value: SQLiteStatement.Value) -> Int { optionalInteger(value) ?? 0 }

    private static func optionalInteger(_ value: SQLiteStatement.Value) -> Int? {
        if case .integer(let number) = value { Int(number) } else { nil }
    }

    private static func real(_ value: SQLiteStatement.Value) -> Double? {
        if case .real(let number) = value { number } else { nil }
    }

    private static func text(_ value: SQLiteStatement.Value) -> String? {
        if case .text(let text) = value { text } else { nil }
    }
}
