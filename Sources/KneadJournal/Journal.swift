import CSQLite
import Glibc
import KneadCore

/// The person's journal of sessions: one SQLite file in WAL mode, opened, migrated and
/// written here, and nowhere else.
///
/// Opening never loses data: a file that is not a database, or is damaged, is moved aside
/// (never overwritten, never deleted) and a new journal is started beside it.
public final class Journal {
    /// How long opening and migrating wait for another knead's lock.
    static let openingBusyTimeout: Int32 = 3000
    /// How long a write during a session waits for a lock before it gives up (and is retried
    /// with the next write), so a locked file never stalls a session for long.
    static let sessionBusyTimeout: Int32 = 250

    /// The file.
    public let path: String
    /// The open connection.
    let connection: SQLiteConnection
    /// Statements prepared once and reused, by their SQL.
    private var prepared: [String: SQLiteStatement] = [:]

    private init(path: String, connection: SQLiteConnection) {
        self.path = path
        self.connection = connection
    }

    // MARK: - Opening

    /// Opens (or creates) the journal to record sessions in; never fails the session.
    ///
    /// Returns the journal, or nil when it cannot be written, and the one-line warnings to
    /// show (in the language of `words`): a damaged file moved aside, an unwritable folder, a
    /// locked or newer file.
    public static func openForRecording(
        at path: String, now: LocalTime = WallClock.now(), words: Wording = .english
    ) -> (journal: Journal?, warnings: [String]) {
        let folder = FileSystem.folder(of: path)
        if let reason = FileSystem.makeFolders(folder) {
            return (nil, [words(.journalCannotMakeFolder, folder, reason)])
        }
        // A journal is the person's alone: the file (and so its -wal and -shm) is made 0600.
        if !FileSystem.exists(path) { FileSystem.createPrivateFile(path) }
        do {
            return (try open(path: path, create: true), [])
        } catch where error.meansDamagedFile {
            return startAfresh(at: path, now: now, words: words)
        } catch {
            return (nil, [words(.journalNotRecorded, error.description)])
        }
    }

    /// Moves the damaged journal at `path` aside and starts a new one there.
    static func startAfresh(at path: String, now: LocalTime, words: Wording) -> (journal: Journal?, warnings: [String]) {
        switch DamagedJournal.moveAside(path, at: now) {
        case .failure(let failure):
            return (nil, [words(.journalCannotMoveAside, path, failure.reason)])
        case .success(let movedTo):
            let moved = words(.journalMovedAside, path, movedTo)
            FileSystem.createPrivateFile(path)
            do {
                return (try open(path: path, create: true), [moved])
            } catch {
                return (nil, [moved, words(.journalNotRecorded, error.description)])
            }
        }
    }

    /// Opens an existing journal to read or to forget sessions in; nil when there is no file yet.
    ///
    /// A damaged file is reported and left exactly as it is.
    public static func openExisting(at path: String) throws(JournalError) -> Journal? {
        guard FileSystem.exists(path) else { return nil }
        return try open(path: path, create: false)
    }

    /// Opens `path`, switches it to WAL and brings its schema up to date.
    private static func open(path: String, create: Bool) throws(JournalError) -> Journal {
        do {
            let connection = try SQLiteConnection(path: path, create: create)
            connection.setBusyTimeout(milliseconds: openingBusyTimeout)
            // The first statement that reads the file: a file that is not a database, or one
            // whose first pages are damaged, fails here.
            _ = try connection.singleInteger("SELECT count(*) FROM sqlite_schema")
            // A journal of a newer knead is left exactly as it is, its journal mode too.
            let version = Int(try connection.singleInteger("PRAGMA user_version") ?? 0)
            if version > JournalSchema.currentVersion { throw JournalError.newerSchema(path: path, version: version) }
            try useWriteAheadLog(connection)
            // A session reads a few pages and writes one row at a time: a small page cache will do.
            try connection.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -256")
            try migrate(connection, path: path)
            connection.setBusyTimeout(milliseconds: sessionBusyTimeout)
            return Journal(path: path, connection: connection)
        } catch let error as SQLiteError {
            throw .database(path: path, error)
        } catch let error as JournalError {
            throw error
        } catch {
            throw .database(path: path, SQLiteError(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR, message: "\(error)"))
        }
    }

    /// Puts the file in WAL mode, unless it already is.
    ///
    /// Switching fails at once with `SQLITE_BUSY` (no busy handler) while another process
    /// opens the same new file, so the switch is retried after a short, varied sleep.
    private static func useWriteAheadLog(_ connection: SQLiteConnection) throws(SQLiteError) {
        if try connection.singleText("PRAGMA journal_mode")?.lowercased() == "wal" { return }
        var attempt = 0
        while true {
            do {
                if try connection.singleText("PRAGMA journal_mode = WAL")?.lowercased() == "wal" { return }
            } catch where error.meansBusy && attempt < 200 {
                attempt += 1
                usleep(useconds_t(5_000 + Int.random(in: 0...20_000)))
                continue
            }
            throw SQLiteError(code: SQLITE_ERROR, extendedCode: SQLITE_ERROR, message: "the journal cannot be put in WAL mode")
        }
    }

    /// Applies the migrations the file lacks, reading its version inside `BEGIN IMMEDIATE` so
    /// that two first launches never both create the tables.
    private static func migrate(_ connection: SQLiteConnection, path: String) throws {
        let latest = JournalSchema.currentVersion
        if Int(try connection.singleInteger("PRAGMA user_version") ?? 0) == latest { return }
        try connection.immediateTransaction { () throws(SQLiteError) -> Void in
            let version = Int(try connection.singleInteger("PRAGMA user_version") ?? 0)
            guard version < latest else { return }
            for migration in JournalSchema.migrations[version...] {
                try connection.execute(migration)
            }
            try connection.execute("PRAGMA user_version = \(latest)")
        }
        let version = Int(try connection.singleInteger("PRAGMA user_version") ?? 0)
        if version > latest { throw JournalError.newerSchema(path: path, version: version) }
    }

    /// The schema version of the file.
    public var schemaVersion: Int {
        Int((try? connection.singleInteger("PRAGMA user_version")) ?? 0)
    }

    /// Closes the file.
    public func close() {
        prepared.removeAll()
        connection.close()
    }

    // MARK: - Running statements

    /// The statement for `sql`, prepared the first time it is needed.
    func statement(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        if let statement = prepared[sql] { return statement }
        let statement = try connection.prepare(sql)
        prepared[sql] = statement
        return statement
    }

    /// Runs `sql` once with `values`.
    func run(_ sql: String, _ values: [SQLiteStatement.Value] = []) throws(SQLiteError) {
        try statement(sql).run(values)
    }
}
