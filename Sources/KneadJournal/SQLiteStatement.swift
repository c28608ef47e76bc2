import CSQLite

/// A prepared SQL statement: bind its parameters, step through its rows, reset it to reuse it.
final class SQLiteStatement {
    /// A value bound to a parameter or read from a column.
    enum Value: Hashable {
        case integer(Int64)
        case real(Double)
        case text(String)
        case null
    }

    private let handle: OpaquePointer
    private let database: OpaquePointer

    init(sql: String, database: OpaquePointer) throws(SQLiteError) {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(database, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw SQLiteError(code: code, handle: database) }
        handle = statement
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters `?1`, `?2`… in order, after a reset.
    func bind(_ values: [Value]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .text(let text): sqlite3_bind_text(handle, index, text, -1, knead_sqlite_transient())
            case .null: sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw SQLiteError(code: code, handle: database) }
        }
    }

    /// Moves to the next row: true while there is one, false once the statement is done.
    @discardableResult
    func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            sqlite3_reset(handle)
            throw SQLiteError(code: code, handle: database)
        }
    }

    /// Binds `values`, runs the statement to its end, and resets it.
    func run(_ values: [Value] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Every row of the statement run with `values`, each as its columns' values.
    func rows(_ values: [Value] = []) throws(SQLiteError) -> [[Value]] {
        try bind(values)
        var rows: [[Value]] = []
        while try step() { rows.append((0..<columnCount).map(value(at:))) }
        sqlite3_reset(handle)
        return rows
    }

    /// The number of columns of each row.
    var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The column at `index` of the current row.
    func value(at index: Int32) -> Value {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(handle, index))
        case SQLITE_NULL: .null
        default: .text(sqlite3_column_text(handle, index).map { String(cString: $0) } ?? "")
        }
    }

    /// The integer in column `index`, or nil for NULL.
    func integer(at index: Int32) -> Int64? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
    }

    /// The integer in a column declared NOT NULL, read without asking for its type first (a
    /// NULL would read as 0).
    func nonNullInteger(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Hands `body` the bytes of the text in column `index` (without its closing zero) while
    /// they are valid, with no String made; nil for NULL, for which SQLite gives no pointer.
    func withText<Result>(at index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let text = sqlite3_column_text(handle, index) else { return nil }
        return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index))))
    }

    /// The number in column `index`, or nil for NULL.
    func real(at index: Int32) -> Double? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_double(handle, index)
    }

    /// The text in column `index`, or nil for NULL.
    func text(at index: Int32) -> String? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_text(handle, index).map { String(cString: $0) }
    }

    /// Lets the statement go of its read lock until it is run again.
    func reset() { sqlite3_reset(handle) }
}

extension SQLiteStatement.Value {
    /// An optional integer, NULL when nil.
    static func integer(_ number: Int?) -> Self { number.map { .integer(Int64($0)) } ?? .null }
    /// An optional text, NULL when nil.
    static func text(_ text: String?) -> Self { text.map { .text($0) } ?? .null }
}
