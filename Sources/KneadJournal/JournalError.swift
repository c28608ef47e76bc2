/// Why the journal could not be opened or read.
public enum JournalError: Error, CustomStringConvertible, Sendable {
    /// SQLite refused the file or a statement.
    case database(path: String, SQLiteError)
    /// The file was written by a newer knead, whose schema this one does not know.
    case newerSchema(path: String, version: Int)

    /// Whether the file is not a database or is damaged.
    public var meansDamagedFile: Bool {
        if case .database(_, let error) = self { return error.meansDamagedFile }
        return false
    }

    public var description: String {
        switch self {
        case .database(let path, let error):
            "the journal \(path) cannot be used: \(error.message)"
        case .newerSchema(let path, let version):
            "the journal \(path) was written by a newer knead (schema version \(version)); this one knows up to \(JournalSchema.currentVersion)"
        }
    }
}
