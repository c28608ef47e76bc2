import CSQLite
import KneadCore

/// The quick answer for a shell prompt: which routines have a session due today, read with one
/// query from the journal's course rules and each routine's latest sessions.
///
/// It opens the journal read-only, never creates, migrates or changes it, and gives up at once
/// (nil) on anything unusual: no file, another program holding a lock, a damaged or older file.
public enum DueRoutines {
    /// How many of a routine's latest sessions are read: enough to see any course a bundled
    /// routine allows. A script of one's own with a limit above this is seen as this long, so
    /// once its course holds more sessions than this, the quick answer may still call it due
    /// after it is full (`knead status` reads the whole course and says it rests).
    static let lookBack = 60
    /// How long to wait for a writer's lock before giving up, in milliseconds.
    static let busyTimeout: Int32 = 20

    /// The ids of the routines due on `today`, in order of id; nil when the journal cannot answer.
    public static func read(journalAt path: String, today: CalendarDay) -> [String]? {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            return nil
        }
        defer { sqlite3_close_v2(handle) }
        sqlite3_busy_timeout(handle, busyTimeout)
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, query, -1, &statement, nil) == SQLITE_OK, let statement else { return nil }
        defer { sqlite3_finalize(statement) }
        var due: [String] = []
        var current: (id: String, course: Course, days: [CalendarDay])?
        func settle() {
            if let current, CourseStatus(course: current.course, sessionDays: current.days, today: today).isDue {
                due.append(current.id)
            }
        }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW, let text = sqlite3_column_text(statement, 0) else { return nil }
            let id = String(cString: text)
            if current?.id != id {
                settle()
                current = (id, course(in: statement), [])
            }
            if sqlite3_column_type(statement, 6) != SQLITE_NULL {
                let day = CalendarDay(
                    unixSeconds: sqlite3_column_int64(statement, 6), utcOffsetSeconds: Int(sqlite3_column_int64(statement, 7))
                )
                current?.days.append(day)
            }
        }
        settle()
        return due
    }

    /// The course of the row's rules (columns 1 to 5).
    private static func course(in statement: OpaquePointer) -> Course {
        func number(_ column: Int32) -> Int? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, column))
        }
        let rhythm: CourseRhythm? = number(1).map(CourseRhythm.everyDays) ?? number(2).map(CourseRhythm.perWeek)
        return Course(maxSessions: number(3), restDays: number(5), rhythm: rhythm, longestDays: number(4))
    }

    /// Each routine's rules with the start and offset of its latest sessions that count towards
    /// a course (the rule of `RecordedSession.countsTowardsCourse`), through the
    /// `(routine_id, started_at)` index.
    static let query = """
        SELECT r.routine_id, r.every_days, r.per_week, r.max_sessions, r.longest_days, r.rest_days, s.started_at, s.utc_offset
        FROM course_rules r LEFT JOIN sessions s ON s.id IN (
            SELECT id FROM sessions WHERE routine_id = r.routine_id AND (ending = 'finished' OR step_reached > 1)
            ORDER BY started_at DESC LIMIT \(lookBack)
        )
        ORDER BY r.routine_id, s.started_at DESC
        """
}
