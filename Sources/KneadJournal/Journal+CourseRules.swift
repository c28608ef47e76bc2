import KneadCore

/// The course rules the journal keeps beside the sessions, for the quick status line.
extension Journal {
    /// Keeps each routine's course rules as its script gives them now: a row for a routine
    /// with a course, none for one without. Rules are facts about scripts, not sessions:
    /// writing them never touches a session's row.
    public func noteCourses(of routines: [Routine]) throws(JournalError) {
        do {
            try connection.immediateTransaction { () throws(SQLiteError) -> Void in
                for routine in routines {
                    guard let course = routine.course else {
                        try run("DELETE FROM course_rules WHERE routine_id = ?1", [.text(routine.id)])
                        continue
                    }
                    var everyDays: Int?, perWeek: Int?
                    switch course.rhythm {
                    case .everyDays(let days)?: everyDays = days
                    case .perWeek(let sessions)?: perWeek = sessions
                    case nil: break
                    }
                    try run(
                        """
                        INSERT INTO course_rules (routine_id, every_days, per_week, max_sessions, longest_days, rest_days)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (routine_id) DO UPDATE SET every_days = ?2, per_week = ?3,
                            max_sessions = ?4, longest_days = ?5, rest_days = ?6
                        """,
                        [
                            .text(routine.id), .integer(everyDays), .integer(perWeek), .integer(course.maxSessions),
                            .integer(course.longestDays), .integer(course.restDays),
                        ]
                    )
                }
            }
        } catch {
            throw .database(path: path, error)
        }
    }
}
