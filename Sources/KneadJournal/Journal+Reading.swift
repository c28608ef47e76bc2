import KneadCore

/// Reading the journal back: the facts the app starts with, history rows, forgetting.
extension Journal {
    /// How many of a routine's latest sessions are read first to find where its course stands:
    /// enough for any course a routine allows, so a start reads a few pages only.
    static let shortLookBack = 40
    /// How many are read when the course runs on past `shortLookBack`; a course longer than
    /// this is counted as this long.
    static let courseLookBack = 400
    /// How many of a routine's latest rated sessions its sparkline and the report's trend show.
    static let trendLength = 10

    /// What the journal knows about each routine, by id, as of `today`.
    public func facts(for routines: [Routine], today: CalendarDay) -> [String: RoutineJournalFacts] {
        var facts: [String: RoutineJournalFacts] = [:]
        for routine in routines where facts[routine.id] == nil {
            facts[routine.id] = try? self.facts(for: routine, today: today)
        }
        return facts
    }

    private func facts(for routine: Routine, today: CalendarDay) throws(SQLiteError) -> RoutineJournalFacts {
        let first = try facts(for: routine, today: today, lookBack: Self.shortLookBack)
        guard first.readAll && first.courseRunsOn else { return first.facts }
        return try facts(for: routine, today: today, lookBack: Self.courseLookBack).facts
    }

    /// The facts from the latest `lookBack` sessions, whether that many were there, and
    /// whether the course ran on to the oldest of them.
    private func facts(for routine: Routine, today: CalendarDay, lookBack: Int) throws(SQLiteError) -> (facts: RoutineJournalFacts, readAll: Bool, courseRunsOn: Bool) {
        let recent = try statement(
            """
            SELECT started_at, utc_offset, ending, step_reached, pain_before, pain_after, sore_side, id FROM sessions
            WHERE routine_id = ?1 ORDER BY started_at DESC, id DESC LIMIT ?2
            """
        )
        try recent.bind([.text(routine.id), .integer(Int64(lookBack))])
        var days: [CalendarDay] = []
        var pain: [PainRatings] = []
        var rows = 0
        var soreSide: SoreSide?
        var latestSession: Int64?
        while try recent.step() {
            rows += 1
            if latestSession == nil { latestSession = recent.integer(at: 7) }
            if soreSide == nil { soreSide = recent.text(at: 6).flatMap(SoreSide.init(rawValue:)) }
            let started = recent.integer(at: 0) ?? 0
            let ending = recent.text(at: 2).flatMap(SessionEnding.init(rawValue:))
            let reached = Int(recent.integer(at: 3) ?? 0)
            if RecordedSession.countsTowardsCourse(finished: ending == .finished, stepReached: reached) {
                days.append(CalendarDay(unixSeconds: started, utcOffsetSeconds: Int(recent.integer(at: 1) ?? 0)))
            }
            let ratings = PainRatings(before: recent.integer(at: 4).map { Int($0) }, after: recent.integer(at: 5).map { Int($0) })
            if pain.count < Self.trendLength, ratings.before != nil || ratings.after != nil { pain.append(ratings) }
        }
        recent.reset()
        let standing = CourseStanding(sessionDays: days, course: routine.course, today: today)
        let confirmed = try contraindicationsConfirmed(for: routine, sessionDays: days, standing: standing, today: today)
        var facts = RoutineJournalFacts(
            standing: standing, recentPain: pain.reversed(), today: today,
            contraindicationsConfirmedOn: confirmed, firstTimeCheckDone: try firstTimeCheckDone(for: routine),
            lastSoreSide: soreSide, lastEndedOnItHurts: try endedOnItHurts(session: latestSession)
        )
        let restDays = routine.course?.restDays ?? CourseStanding.defaultRestDays
        facts.courseDays = Array(CourseStanding.latestCourse(of: days, restDays: restDays))
        let calendarStart = Self.calendarStart(for: routine, today: today)
        facts.calendarSessions = try readCalendarSessions(routineID: routine.id, since: min(calendarStart, facts.courseDays.last ?? calendarStart))
        return (facts, rows == lookBack, standing.nextSession > days.count)
    }

    /// The first day whose sessions the app's calendar of `routine` needs: the months it can
    /// show back, and before them as long as a course and its rest can last, so a rest that
    /// runs into the first month shows.
    static func calendarStart(for routine: Routine, today: CalendarDay) -> CalendarDay {
        let firstMonth = CalendarMonth(containing: today).adding(months: 1 - CourseCalendar.monthsLookedBack)
        let course = routine.course
        let reach = (course?.restDays ?? CourseStanding.defaultRestDays) + (course?.longestDays ?? 60)
        return firstMonth.firstDay.adding(days: -reach)
    }

    /// The sessions of `routineID` from the local day `since` on, the oldest first, as a
    /// calendar marks them.
    public func calendarSessions(routineID: String, since: CalendarDay) throws(JournalError) -> [CalendarSession] {
        do {
            return try readCalendarSessions(routineID: routineID, since: since)
        } catch {
            throw .database(path: path, error)
        }
    }

    private func readCalendarSessions(routineID: String, since: CalendarDay) throws(SQLiteError) -> [CalendarSession] {
        let rows = try statement(
            """
            SELECT started_at, utc_offset, ending, step_reached, pain_after,
                   EXISTS (SELECT 1 FROM session_events e WHERE e.session_id = s.id AND e.kind = ?3)
            FROM sessions s WHERE routine_id = ?1 AND started_at >= ?2 ORDER BY started_at, id
            """
        )
        // A day's start in unix seconds at UTC, a day early to take in every UTC offset; the
        // exact local day is checked below.
        try rows.bind([.text(routineID), .integer(Int64(since.number - 1) * 86_400), .text(RecordedEvent.itHurts)])
        defer { rows.reset() }
        var sessions: [CalendarSession] = []
        while try rows.step() {
            let day = CalendarDay(unixSeconds: rows.integer(at: 0) ?? 0, utcOffsetSeconds: Int(rows.integer(at: 1) ?? 0))
            guard day >= since else { continue }
            let finished = rows.text(at: 2) == SessionEnding.finished.rawValue
            sessions.append(CalendarSession(
                day: day, finished: finished,
                countsTowardsCourse: RecordedSession.countsTowardsCourse(finished: finished, stepReached: Int(rows.integer(at: 3) ?? 0)),
                painAfter: rows.integer(at: 4).map { Int($0) }, itHurts: (rows.integer(at: 5) ?? 0) != 0
            ))
        }
        return sessions
    }

    /// The day none of the routine's contraindications was last said to apply, when that
    /// answer still holds: it was given today, or within the course under way.
    private func contraindicationsConfirmed(
        for routine: Routine, sessionDays days: [CalendarDay], standing: CourseStanding, today: CalendarDay
    ) throws(SQLiteError) -> CalendarDay? {
        let latest = try statement(
            """
            SELECT reply, at, utc_offset FROM safety_answers WHERE routine_id = ?1 AND question = ?2
            ORDER BY at DESC, id DESC LIMIT 1
            """
        )
        try latest.bind([.text(routine.id), .text(SafetyAnswer.Question.contraindications.rawValue)])
        defer { latest.reset() }
        guard try latest.step(), latest.text(at: 0) == SafetyAnswer.Reply.noneApply.rawValue else { return nil }
        let day = CalendarDay(unixSeconds: latest.integer(at: 1) ?? 0, utcOffsetSeconds: Int(latest.integer(at: 2) ?? 0))
        if day == today { return day }
        guard standing.nextSession > 1 else { return nil }
        // The course under way began on the earliest day of its run of sessions.
        let restDays = routine.course?.restDays ?? CourseStanding.defaultRestDays
        let courseStart = CourseStanding.latestCourse(of: days, restDays: restDays).last ?? today
        return day >= courseStart ? day : nil
    }

    /// Whether the routine's first-time check was ever said to be done.
    private func firstTimeCheckDone(for routine: Routine) throws(SQLiteError) -> Bool {
        let done = try statement("SELECT 1 FROM safety_answers WHERE routine_id = ?1 AND question = ?2 AND reply = ?3 LIMIT 1")
        try done.bind([
            .text(routine.id), .text(SafetyAnswer.Question.firstTimeCheck.rawValue), .text(SafetyAnswer.Reply.done.rawValue),
        ])
        defer { done.reset() }
        return try done.step()
    }

    /// Whether session `id` ended on the "it hurts" key: its last press chose to end it.
    private func endedOnItHurts(session id: Int64?) throws(SQLiteError) -> Bool {
        guard let id else { return false }
        let last = try statement("SELECT choice FROM session_events WHERE session_id = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1")
        try last.bind([.integer(id), .text(RecordedEvent.itHurts)])
        defer { last.reset() }
        return try last.step() && last.text(at: 0) == ItHurtsChoice.end.rawValue
    }

    /// The sessions `filter` takes, oldest first, with their events.
    public func sessions(_ filter: HistoryFilter = HistoryFilter()) throws(JournalError) -> [RecordedSession] {
        do {
            var conditions: [String] = []
            var values: [SQLiteStatement.Value] = []
            if let id = filter.id {
                values.append(.integer(id))
                conditions.append("id = ?\(values.count)")
            }
            if let routine = filter.routineID {
                values.append(.text(routine))
                conditions.append("routine_id = ?\(values.count)")
            }
            // A day's bounds in unix seconds at UTC, widened by a day to take in every UTC offset
            // (none exceeds 14 hours); the exact local day is checked below.
            if let since = filter.since {
                values.append(.integer(Int64(since.number) * 86_400 - 86_400))
                conditions.append("started_at >= ?\(values.count)")
            }
            if let until = filter.until {
                values.append(.integer(Int64(until.adding(days: 1).number) * 86_400 + 86_400))
                conditions.append("started_at < ?\(values.count)")
            }
            var sql = "SELECT \(Self.sessionColumns) FROM sessions"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY started_at DESC, id DESC"
            let statement = try connection.prepare(sql)
            try statement.bind(values)
            var sessions: [RecordedSession] = []
            while try statement.step() {
                let session = Self.session(from: statement)
                if let since = filter.since, session.day < since { continue }
                if let until = filter.until, session.day > until { continue }
                sessions.append(session)
                if let last = filter.last, sessions.count >= last { break }
            }
            statement.reset()
            try attachEvents(to: &sessions)
            return sessions.reversed()
        } catch {
            throw .database(path: path, error)
        }
    }

    /// How many sessions the journal holds.
    public func sessionCount() throws(JournalError) -> Int {
        do {
            return Int(try connection.singleInteger("SELECT count(*) FROM sessions") ?? 0)
        } catch {
            throw .database(path: path, error)
        }
    }

    /// Deletes session `id` and its events; false when there is no such session.
    public func forget(session id: Int64) throws(JournalError) -> Bool {
        do {
            return try connection.immediateTransaction { () throws(SQLiteError) -> Bool in
                try run("DELETE FROM session_events WHERE session_id = ?1", [.integer(id)])
                try run("DELETE FROM sessions WHERE id = ?1", [.integer(id)])
                return connection.changes > 0
            }
        } catch {
            throw .database(path: path, error)
        }
    }

    /// Deletes every session and event; returns how many sessions there were.
    public func forgetAll() throws(JournalError) -> Int {
        do {
            return try connection.immediateTransaction { () throws(SQLiteError) -> Int in
                let count = Int(try connection.singleInteger("SELECT count(*) FROM sessions") ?? 0)
                try connection.execute("DELETE FROM session_events; DELETE FROM sessions")
                return count
            }
        } catch {
            throw .database(path: path, error)
        }
    }

    // MARK: - Rows

    private static let sessionColumns = """
        id, routine_id, routine_title, started_at, utc_offset, updated_at, ended_at, ending, step_count, step_reached, \
        steps_done, steps_skipped, active_seconds, paused_seconds, pain_before, pain_after, options, course_limit_overridden, \
        sore_side, flare, gentle
        """

    private static func session(from row: SQLiteStatement) -> RecordedSession {
        let int = { (column: Int32) in row.integer(at: column).map { Int($0) } }
        var session = RecordedSession(
            id: row.integer(at: 0) ?? 0, routineID: row.text(at: 1) ?? "", routineTitle: row.text(at: 2) ?? "",
            startedAt: row.integer(at: 3) ?? 0, utcOffsetSeconds: int(4) ?? 0, updatedAt: row.integer(at: 5) ?? 0,
            endedAt: row.integer(at: 6), ending: row.text(at: 7).flatMap(SessionEnding.init(rawValue:)) ?? .interrupted,
            stepCount: int(8) ?? 0, stepReached: int(9) ?? 0, stepsDone: int(10), stepsSkipped: int(11),
            activeSeconds: row.real(at: 12), pausedSeconds: row.real(at: 13), pain: PainRatings(before: int(14), after: int(15)),
            options: SessionOptionsText.decode(row.text(at: 16) ?? ""), courseLimitOverridden: (row.integer(at: 17) ?? 0) != 0,
            events: []
        )
        session.soreSide = row.text(at: 18).flatMap(SoreSide.init(rawValue:))
        session.flare = (row.integer(at: 19) ?? 0) != 0
        session.gentle = (row.integer(at: 20) ?? 0) != 0
        return session
    }

    /// Reads the events of `sessions` and puts each under its session.
    private func attachEvents(to sessions: inout [RecordedSession]) throws(SQLiteError) {
        let ids = sessions.map(\.id)
        guard let lowest = ids.min(), let newest = ids.max() else { return }
        var positions: [Int64: Int] = [:]
        for (index, id) in ids.enumerated() { positions[id] = index }
        let events = try connection.prepare(
            "SELECT session_id, kind, step, detail, at, choice FROM session_events WHERE session_id BETWEEN ?1 AND ?2 ORDER BY id"
        )
        try events.bind([.integer(lowest), .integer(newest)])
        while try events.step() {
            guard let position = events.integer(at: 0).flatMap({ positions[$0] }) else { continue }
            sessions[position].events.append(RecordedEvent(
                kind: events.text(at: 1) ?? "", step: events.integer(at: 2).map { Int($0) }, detail: events.text(at: 3), at: events.integer(at: 4) ?? 0,
                choice: events.text(at: 5)
            ))
        }
    }
}
