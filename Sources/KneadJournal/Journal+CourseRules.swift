import KneadCore

/// The course rules the journal keeps beside the sessions, for the quick status line.
extension Journal {
    /// Keeps each routine's course rules as its script gives them now: a row for a routine
    /// with a course, none for one without. Rules are facts about scripts, not sessions:
    /// writing them never touches a session's row.
    public func noteCourses(of routines: [Routine]) throws(JournalError) {
        do {
            let kept = try keptRules()
            let changed = routines.filter { kept[$0.id] != Self.rule(of: $0.course) }
            // Most starts change nothing: then nothing is written, and no lock is taken.
            guard !changed.isEmpty else { return }
            try connection.immediateTransaction { () throws(SQLiteError) -> Void in
                for routine in changed {
                    guard let rule = Self.rule(of: routine.course) else {
                        try run("DELETE FROM course_rules WHERE routine_id = ?1", [.text(routine.id)])
                        continue
                    }
                    try run(
                        """
                        INSERT INTO course_rules (routine_id, every_days, per_week, max_sessions, longest_days, rest_days)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (routine_id) DO UPDATE SET every_days = ?2, per_week = ?3,
                            max_sessions = ?4, longest_days = ?5, rest_days = ?6
                        """,
                        [.text(routine.id)] + rule
                    )
                }
            }
        } catch {
            throw .database(path: path, error)
        }
    }

    /// The rules as the journal keeps them, by routine id, in `rule(of:)`'s order.
    private func keptRules() throws(SQLiteError) -> [String: [SQLiteStatement.Value]] {
        let rows = try connection.prepare("SELECT routine_id, every_days, per_week, max_sessions, longest_days, rest_days FROM course_rules")
            .rows()
        return Dictionary(rows.compactMap { row in
            guard case .text(let id)? = row.first else { return nil }
            return (id, Array(row.dropFirst()))
        }) { first, _ in first }
    }

    /// A course's rules as the journal's columns hold them: every N days, N a week, the most
    /// sessions, the longest course and the rest; nil without a course.
    private static func rule(of course: Course?) -> [SQLiteStatement.Value]? {
        guard let course else { return nil }
        var everyDays: Int?, perWeek: Int?
        switch course.rhythm {
        case .everyDays(let days)?: everyDays = days
        case .perWeek(let sessions)?: perWeek = sessions
        case nil: break
        }
        return [.integer(everyDays), .integer(perWeek), .integer(course.maxSessions), .integer(course.longestDays), .integer(course.restDays)]
    }
}
