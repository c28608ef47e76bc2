import CSQLite
import Glibc

/// One open SQLite database file.
final class SQLiteConnection {
    /// The C handle; valid until `close()`.
    let handle: OpaquePointer
    private var isClosed = false

    /// Opens `path`, creating the file when `create` is set.
    ///
    /// SQLite opens a file that is not a database without complaint; that shows at the first
    /// statement, as `SQLITE_NOTADB`.
    init(path: String, create: Bool) throws(SQLiteError) {
        var database: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &database, flags, nil)
        guard code == SQLITE_OK, let database else {
            let error = SQLiteError(code: code, handle: database)
            sqlite3_close_v2(database)
            throw error
        }
        sqlite3_extended_result_codes(database, 1)
        knead_sqlite_disable_lookaside(database)
        handle = database
    }

    deinit { close() }

    /// Closes the file; statements not yet freed close it when they go.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        sqlite3_close_v2(handle)
    }

    /// How long a statement waits for another connection's lock before it gives up with `SQLITE_BUSY`.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements that return nothing needed.
    func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw SQLiteError(code: code, handle: handle) }
    }

    /// Prepares a statement to run, perhaps many times.
    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(sql: sql, database: handle)
    }

    /// The first column of the first row of `sql`, as text; nil when there is no row.
    func singleText(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.text(at: 0)
    }

    /// The first column of the first row of `sql`, as an integer; nil when there is no row.
    func singleInteger(_ sql: String) throws(SQLiteError) -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.integer(at: 0)
    }

    /// The row id of the last row inserted through this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`, rolling back when it throws.
    ///
    /// IMMEDIATE takes the write lock at once, so two processes never both read a state and
    /// then race to change it.
    func immediateTransaction<Result>(_ body: () throws(SQLiteError) -> Result) throws(SQLiteError) -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
