import KneadCore

/// The plain report's figures and the rule that picks the sessions of a report.
extension Journal {
    /// The figures of each routine with sessions from `since` to `until` (local days, both
    /// optional and taken in), in the order of their first session; `restDays` gives each
    /// routine's rest between courses.
    public func summaries(
        routineID: String?, since: CalendarDay?, until: CalendarDay? = nil, restDays: [String: Int]
    ) throws(JournalError) -> [RoutineSummary] {
        try reportFigures(routineID: routineID, since: since, until: until, restDays: restDays, withSessions: false).summaries
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
}
