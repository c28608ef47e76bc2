import KneadCore

/// The reports' reading of the journal: one pass over the sessions for every routine's figures,
/// so that a journal of years stays quick to sum up.
extension Journal {
    /// The figures of each routine with sessions from `since` to `until` (local days, both
    /// optional and taken in), only `routineID`'s when given; `restDays` gives each routine's
    /// rest between courses. With `withSessions`, each routine's sessions as well, for the
    /// printable page.
    ///
    /// The sessions are read once, only the columns the figures need, in the table's own order
    /// (and read again in their start's order only when that order is not already it). The skipped
    /// steps and "it hurts" presses are counted by SQLite in one grouped pass over the events
    /// for all routines at once.
    public func reportFigures(
        routineID: String?, since: CalendarDay?, until: CalendarDay? = nil, restDays: [String: Int], withSessions: Bool
    ) throws(JournalError) -> ReportFigures {
        do {
            let (filter, values) = Self.reportFilter(routineID: routineID, since: since, until: until)
            let presses = withSessions ? try itHurtsPresses() : [:]
            var gathering = SessionGathering(withSessions: withSessions, presses: presses)
            if try !gather(&gathering, filter: filter, values: values, inStartOrder: false) {
                gathering = SessionGathering(withSessions: withSessions, presses: presses)
                _ = try gather(&gathering, filter: filter, values: values, inStartOrder: true)
            }
            let order = gathering.orderOfFirstSessions
            var summaries: [RoutineSummary] = []
            for number in order {
                let tally = gathering.tallies[number]
                var summary = tally.summary(restDays: restDays[tally.routineID])
                summary.title = try title(ofSession: tally.latestSession) ?? tally.routineID
                summaries.append(summary)
            }
            var summaryOf: [Int] = Array(repeating: 0, count: order.count)
            for (index, number) in order.enumerated() { summaryOf[number] = index }
            try countEvents(into: &summaries, filter: filter, values: values) { text in
                gathering.routines.existingNumber(of: text).map { summaryOf[$0] }
            }
            return ReportFigures(summaries: summaries, sessions: gathering.sessionsByRoutine)
        } catch {
            throw .database(path: path, error)
        }
    }

    /// Adds the sessions `filter` takes to `gathering`, reading only the columns the figures
    /// need: in the table's own order, which is their start's unless sessions were written out
    /// of turn, or in their start's order when `inStartOrder`, which costs a look-up in an
    /// index for each. False when the rows came out of order (and the gathering is spoilt).
    private func gather(
        _ gathering: inout SessionGathering, filter: String, values: [SQLiteStatement.Value], inStartOrder: Bool
    ) throws(SQLiteError) -> Bool {
        let statement = try connection.prepare("""
            SELECT s.id, s.routine_id, s.started_at, s.utc_offset, s.ending, s.step_reached, s.pain_before, s.pain_after, s.flare
            FROM sessions s WHERE \(filter) \(inStartOrder ? "ORDER BY s.started_at, s.id" : "")
            """)
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {
            let ending = statement.withText(at: 4, SessionRow.ending) ?? .interrupted
            let row = SessionRow(
                id: statement.nonNullInteger(at: 0),
                routine: statement.withText(at: 1) { gathering.routines.number(of: $0) } ?? gathering.routines.number(of: nil),
                startedAt: statement.nonNullInteger(at: 2),
                day: CalendarDay(unixSeconds: statement.nonNullInteger(at: 2), utcOffsetSeconds: Int(statement.nonNullInteger(at: 3))),
                ending: ending,
                countsTowardsCourse: RecordedSession.countsTowardsCourse(
                    finished: ending == .finished, stepReached: Int(statement.nonNullInteger(at: 5))
                ),
                pain: PainRatings(before: statement.integer(at: 6).map { Int($0) }, after: statement.integer(at: 7).map { Int($0) }),
                flare: statement.nonNullInteger(at: 8) != 0
            )
            guard gathering.add(row) else { return false }
        }
        return true
    }

    /// The `routine_title` of the session `id`.
    private func title(ofSession id: Int64) throws(SQLiteError) -> String? {
        let statement = try self.statement("SELECT routine_title FROM sessions WHERE id = ?1")
        try statement.bind([.integer(id)])
        defer { statement.reset() }
        return try statement.step() ? statement.text(at: 0) : nil
    }

    /// Adds to `summaries` the steps skipped and the "it hurts" presses of the sessions
    /// `filter` takes, counted by routine, kind and step in one pass; `summaryIndex` finds a
    /// routine's summary from the bytes of its id.
    private func countEvents(
        into summaries: inout [RoutineSummary], filter: String, values: [SQLiteStatement.Value],
        summaryIndex: (UnsafeBufferPointer<UInt8>) -> Int?
    ) throws(SQLiteError) {
        let events = try connection.prepare("""
            SELECT s.routine_id, e.kind, e.detail, count(*) FROM session_events e JOIN sessions s ON s.id = e.session_id
            WHERE \(filter) AND e.kind IN ('\(RecordedEvent.stepSkipped)', '\(RecordedEvent.itHurts)')
            GROUP BY s.routine_id, e.kind, e.detail
            """)
        try events.bind(values)
        while try events.step() {
            guard let index = events.withText(at: 0, summaryIndex) ?? nil else { continue }
            let step = RoutineSummary.SkippedStep(name: events.text(at: 2) ?? "", count: Int(events.integer(at: 3) ?? 0))
            if events.text(at: 1) == RecordedEvent.itHurts {
                summaries[index].itHurts += step.count
                summaries[index].hurtingSteps.append(step)
            } else {
                summaries[index].skipped.append(step)
            }
        }
        events.reset()
        for index in summaries.indices {
            summaries[index].skipped.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            summaries[index].hurtingSteps.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        }
    }

    /// How often "it hurts" was pressed in each session that had a press, by session id: one
    /// pass over the events rather than a look-up per session. The table is read as it lies,
    /// not through its index by session, which would look up every event's kind on the way.
    private func itHurtsPresses() throws(SQLiteError) -> [Int64: Int] {
        let rows = try connection.prepare(
            "SELECT session_id, count(*) FROM session_events NOT INDEXED WHERE kind = '\(RecordedEvent.itHurts)' GROUP BY session_id"
        )
        var presses: [Int64: Int] = [:]
        while try rows.step() {
            if let session = rows.integer(at: 0) { presses[session] = Int(rows.integer(at: 1) ?? 0) }
        }
        rows.reset()
        return presses
    }
}
