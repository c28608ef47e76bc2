import KneadCore

/// The report's figures, counted by SQLite so that a journal of years stays quick to sum up.
extension Journal {
    /// The figures of each routine with sessions from `since` to `until` (local days, both
    /// optional and taken in), in the order of their first session; `restDays` gives each
    /// routine's rest between courses.
    public func summaries(
        routineID: String?, since: CalendarDay?, until: CalendarDay? = nil, restDays: [String: Int]
    ) throws(JournalError) -> [RoutineSummary] {
        do {
            let (filter, values) = Self.reportFilter(routineID: routineID, since: since, until: until)
            var summaries: [RoutineSummary] = []
            let totals = try connection.prepare("""
                SELECT s.routine_id, count(*), sum(s.ending = 'finished'), sum(s.ending = 'quit'), sum(s.ending = 'signal'),
                    sum(s.ending IS NULL), avg(s.pain_before), avg(s.pain_after), avg(s.pain_after - s.pain_before),
                    min(s.started_at + s.utc_offset), max(s.started_at + s.utc_offset)
                FROM sessions s WHERE \(filter) GROUP BY s.routine_id ORDER BY min(s.started_at)
                """)
            try totals.bind(values)
            while try totals.step() {
                let id = totals.text(at: 0) ?? ""
                var endings: [SessionEnding: Int] = [:]
                for (column, ending) in [(2, SessionEnding.finished), (3, .quit), (4, .signal), (5, .interrupted)] {
                    let count = Int(totals.integer(at: Int32(column)) ?? 0)
                    if count > 0 { endings[ending] = count }
                }
                let day = { (column: Int32) in CalendarDay(unixSeconds: totals.integer(at: column) ?? 0, utcOffsetSeconds: 0) }
                summaries.append(RoutineSummary(
                    routineID: id, title: id, sessions: Int(totals.integer(at: 1) ?? 0), courses: 0, endings: endings,
                    averageBefore: totals.real(at: 6), averageAfter: totals.real(at: 7), averageChange: totals.real(at: 8),
                    trend: [], skipped: [], itHurts: 0, firstDay: day(9), lastDay: day(10)
                ))
            }
            totals.reset()
            for index in summaries.indices {
                try fillIn(&summaries[index], filter: filter, values: values, restDays: restDays[summaries[index].routineID])
            }
            return summaries
        } catch {
            throw .database(path: path, error)
        }
    }

    /// The SQL condition on the rows `s` (sessions, or safety answers with `instant: "s.at"`)
    /// that takes `routineID`'s rows from `since` to `until` (local days), with the values it binds.
    static func reportFilter(
        routineID: String?, since: CalendarDay?, until: CalendarDay?, instant: String = "s.started_at"
    ) -> (sql: String, values: [SQLiteStatement.Value]) {
        var conditions = ["1"]
        var values: [SQLiteStatement.Value] = []
        if let routineID {
            values.append(.text(routineID))
            conditions.append("s.routine_id = ?\(values.count)")
        }
        if let since {
            values.append(.integer(Int64(since.number) * 86_400))
            conditions.append("\(instant) + s.utc_offset >= ?\(values.count)")
        }
        if let until {
            values.append(.integer(Int64(until.adding(days: 1).number) * 86_400))
            conditions.append("\(instant) + s.utc_offset < ?\(values.count)")
        }
        return (conditions.joined(separator: " AND "), values)
    }

    /// Adds a routine's title, courses, trend, skipped steps and "it hurts" presses.
    private func fillIn(_ summary: inout RoutineSummary, filter: String, values: [SQLiteStatement.Value], restDays: Int?) throws(SQLiteError) {
        let routine: [SQLiteStatement.Value] = values + [.text(summary.routineID)]
        let this = "\(filter) AND s.routine_id = ?\(routine.count)"
        summary.title = try connection.prepare("SELECT s.routine_title FROM sessions s WHERE \(this) ORDER BY s.started_at DESC LIMIT 1")
            .rows(routine).first.flatMap { row in if case .text(let title) = row[0] { title } else { nil } } ?? summary.routineID

        // The days of the sessions that count towards a course, by the rule of
        // `RecordedSession.countsTowardsCourse(finished:stepReached:)`, written in SQL.
        let days = try connection.prepare("""
            SELECT s.started_at, s.utc_offset FROM sessions s
            WHERE \(this) AND (s.ending = 'finished' OR s.step_reached > 1) ORDER BY s.started_at
            """)
        try days.bind(routine)
        var courseDays: [CalendarDay] = []
        while try days.step() {
            courseDays.append(CalendarDay(unixSeconds: days.integer(at: 0) ?? 0, utcOffsetSeconds: Int(days.integer(at: 1) ?? 0)))
        }
        days.reset()
        summary.courses = CourseStanding.courseCount(of: courseDays, restDays: restDays)

        let trend = try connection.prepare("""
            SELECT s.pain_before, s.pain_after FROM sessions s
            WHERE \(this) AND (s.pain_before IS NOT NULL OR s.pain_after IS NOT NULL) ORDER BY s.started_at DESC LIMIT \(Self.trendLength)
            """)
        try trend.bind(routine)
        while try trend.step() {
            summary.trend.insert(PainRatings(before: trend.integer(at: 0).map { Int($0) }, after: trend.integer(at: 1).map { Int($0) }), at: 0)
        }
        trend.reset()

        let events = try connection.prepare("""
            SELECT e.kind, e.detail, count(*) FROM session_events e JOIN sessions s ON s.id = e.session_id
            WHERE \(this) AND e.kind IN ('\(RecordedEvent.stepSkipped)', '\(RecordedEvent.itHurts)') GROUP BY e.kind, e.detail
            """)
        try events.bind(routine)
        while try events.step() {
            let count = Int(events.integer(at: 2) ?? 0)
            if events.text(at: 0) == RecordedEvent.itHurts {
                summary.itHurts += count
                summary.hurtingSteps.append(RoutineSummary.SkippedStep(name: events.text(at: 1) ?? "", count: count))
            } else {
                summary.skipped.append(RoutineSummary.SkippedStep(name: events.text(at: 1) ?? "", count: count))
            }
        }
        events.reset()
        summary.skipped.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        summary.hurtingSteps.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
