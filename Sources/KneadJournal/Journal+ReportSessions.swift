import KneadCore

/// The rows the printable report draws: one per session, and the safety answers it lists.
extension Journal {
    /// The sessions of `routineID` (every routine when nil) from `since` to `until` (local
    /// days, both taken in), oldest first, with only what the report's chart needs.
    public func reportSessions(routineID: String?, since: CalendarDay?, until: CalendarDay?) throws(JournalError) -> [ReportSession] {
        do {
            let (filter, values) = Self.reportFilter(routineID: routineID, since: since, until: until)
            let presses = try itHurtsPresses()
            let rows = try connection.prepare("""
                SELECT s.routine_id, s.started_at, s.utc_offset, s.ending, s.step_reached, s.pain_before, s.pain_after, s.flare, s.id
                FROM sessions s WHERE \(filter) ORDER BY s.started_at, s.id
                """)
            try rows.bind(values)
            var sessions: [ReportSession] = []
            while try rows.step() {
                let ending = rows.text(at: 3).flatMap(SessionEnding.init(rawValue:)) ?? .interrupted
                sessions.append(ReportSession(
                    routineID: rows.text(at: 0) ?? "",
                    day: CalendarDay(unixSeconds: rows.integer(at: 1) ?? 0, utcOffsetSeconds: Int(rows.integer(at: 2) ?? 0)),
                    ending: ending,
                    countsTowardsCourse: RecordedSession.countsTowardsCourse(
                        finished: ending == .finished, stepReached: Int(rows.integer(at: 4) ?? 0)
                    ),
                    pain: PainRatings(before: rows.integer(at: 5).map { Int($0) }, after: rows.integer(at: 6).map { Int($0) }),
                    flare: (rows.integer(at: 7) ?? 0) != 0,
                    itHurtsPresses: presses[rows.integer(at: 8) ?? 0] ?? 0
                ))
            }
            rows.reset()
            return sessions
        } catch {
            throw .database(path: path, error)
        }
    }

    /// How often "it hurts" was pressed in each session that had a press, by session id: one
    /// pass over the events rather than a look-up per session.
    private func itHurtsPresses() throws(SQLiteError) -> [Int64: Int] {
        let rows = try connection.prepare(
            "SELECT session_id, count(*) FROM session_events WHERE kind = '\(RecordedEvent.itHurts)' GROUP BY session_id"
        )
        var presses: [Int64: Int] = [:]
        while try rows.step() {
            if let session = rows.integer(at: 0) { presses[session] = Int(rows.integer(at: 1) ?? 0) }
        }
        rows.reset()
        return presses
    }

    /// The local days on which the person said none of a routine's contraindications applied,
    /// from `since` to `until`, by routine id, each routine's days oldest first and once each.
    public func contraindicationsConfirmed(routineID: String?, since: CalendarDay?, until: CalendarDay?) throws(JournalError) -> [String: [CalendarDay]] {
        do {
            var (filter, values) = Self.reportFilter(routineID: routineID, since: since, until: until, instant: "s.at")
            values += [.text(SafetyAnswer.Question.contraindications.rawValue), .text(SafetyAnswer.Reply.noneApply.rawValue)]
            let rows = try connection.prepare("""
                SELECT DISTINCT s.routine_id, (s.at + s.utc_offset) / 86400 AS day FROM safety_answers s
                WHERE \(filter) AND s.question = ?\(values.count - 1) AND s.reply = ?\(values.count)
                ORDER BY s.routine_id, day
                """)
            try rows.bind(values)
            var days: [String: [CalendarDay]] = [:]
            while try rows.step() {
                days[rows.text(at: 0) ?? "", default: []].append(CalendarDay(number: Int(rows.integer(at: 1) ?? 0)))
            }
            rows.reset()
            return days
        } catch {
            throw .database(path: path, error)
        }
    }
}
