import CSQLite
import KneadCore

/// The quick answer for a shell prompt: which routines have a session due today, read from the
/// journal's course rules and, for each routine, only as many of its latest sessions as it
/// takes to know.
///
/// It opens the journal read-only, never creates, migrates or changes it, and gives up at once
/// (nil) on anything unusual: no file, another program holding a lock, a damaged or older file.
public enum DueRoutines {
    /// The most of a routine's latest sessions ever read: enough to see any course a bundled
    /// routine allows. A script of one's own with a limit above this is seen as this long, so
    /// once its course holds more sessions than this, the quick answer may still call it due
    /// after it is full (`knead status` reads the whole course and says it rests).
    static let lookBack = 60
    /// How long to wait for a writer's lock before giving up, in milliseconds.
    static let busyTimeout: Int32 = 20

    /// The ids of the routines due on `today`, in order of id; nil when the journal cannot answer.
    ///
    /// Both queries run in one read transaction (the rules' statement stays open throughout),
    /// so a session written meanwhile is seen by all of the answer or none of it.
    public static func read(journalAt path: String, today: CalendarDay) -> [String]? {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            return nil
        }
        defer { sqlite3_close_v2(handle) }
        sqlite3_busy_timeout(handle, busyTimeout)
        guard let rules = prepared(rulesQuery, in: handle) else { return nil }
        defer { sqlite3_finalize(rules) }
        guard let sessions = prepared(sessionsQuery, in: handle) else { return nil }
        defer { sqlite3_finalize(sessions) }
        var due: [String] = []
        while true {
            let code = sqlite3_step(rules)
            if code == SQLITE_DONE { return due }
            guard code == SQLITE_ROW, let id = sqlite3_column_text(rules, 0) else { return nil }
            sqlite3_reset(sessions)
            guard sqlite3_bind_value(sessions, 1, sqlite3_column_value(rules, 0)) == SQLITE_OK,
                  let reading = reading(sessions, course: course(in: rules), today: today) else { return nil }
            if reading.isDue { due.append(String(cString: id)) }
        }
    }

    /// The routine's latest sessions from `statement`, read until older ones cannot change the
    /// answer; nil when the journal fails to answer.
    private static func reading(_ statement: OpaquePointer, course: Course, today: CalendarDay) -> CourseReading? {
        var reading = CourseReading(course: course, today: today)
        while !reading.isSettled {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { return nil }
            reading.add(startedAt: sqlite3_column_int64(statement, 0), utcOffsetSeconds: Int(sqlite3_column_int64(statement, 1)))
        }
        return reading
    }

    /// `sql` prepared on `handle`; nil when it cannot be (a damaged or older journal).
    private static func prepared(_ sql: String, in handle: OpaquePointer) -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            sqlite3_finalize(statement)
            return nil
        }
        return statement
    }

    /// The course of the rules' row (columns 1 to 5).
    private static func course(in statement: OpaquePointer) -> Course {
        func number(_ column: Int32) -> Int? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, column))
        }
        let rhythm: CourseRhythm? = number(1).map(CourseRhythm.everyDays) ?? number(2).map(CourseRhythm.perWeek)
        return Course(maxSessions: number(3), restDays: number(5), rhythm: rhythm, longestDays: number(4))
    }

    /// Each routine's course rules, in order of id.
    static let rulesQuery = """
        SELECT routine_id, every_days, per_week, max_sessions, longest_days, rest_days FROM course_rules ORDER BY routine_id
        """

    /// The start and offset of routine `?1`'s latest sessions that count towards a course (the
    /// rule of `RecordedSession.countsTowardsCourse`), the latest first, through the
    /// `(routine_id, started_at)` index: each row is read only when asked for.
    static let sessionsQuery = """
        SELECT started_at, utc_offset FROM sessions WHERE routine_id = ?1 AND (ending = 'finished' OR step_reached > 1)
        ORDER BY started_at DESC LIMIT \(lookBack)
        """
}
