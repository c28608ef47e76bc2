import CSQLite

/// A failed SQLite call: its result code, extended code and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code (`SQLITE_BUSY` is 5, `SQLITE_NOTADB` 26…).
    public var code: Int32
    /// The extended result code, which tells cases of one primary code apart.
    public var extendedCode: Int32
    /// SQLite's own words for it.
    public var message: String

    public init(code: Int32, extendedCode: Int32, message: String) {
        self.code = code
        self.extendedCode = extendedCode
        self.message = message
    }

    /// The error of the last call on `handle` that returned `code`.
    init(code: Int32, handle: OpaquePointer?) {
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
        self.init(code: code & 0xff, extendedCode: handle.map { sqlite3_extended_errcode($0) } ?? code, message: message)
    }

    /// Whether the file is not a database, or a database whose pages are damaged.
    public var meansDamagedFile: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

    /// Whether another connection holds a lock that outlasted the busy timeout.
    public var meansBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var description: String { "\(message) (SQLite code \(extendedCode))" }
}
