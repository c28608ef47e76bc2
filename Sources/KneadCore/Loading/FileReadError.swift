/// Why a file could not be read.
public enum FileReadError: Error, Sendable {
    /// It holds more than `ScriptFileReader.sizeLimit` bytes.
    case tooLarge
    /// Any other reason: the operating system's words, such as "No such file or directory", or
    /// knead's, such as "not a regular file (a FIFO)".
    case unreadable(String)

    /// The reason in words; over the size limit, "larger than 4 MiB, the most a `kind` may hold".
    public func reason(fileKind kind: String) -> String {
        switch self {
        case .tooLarge: "larger than \(ScriptFileReader.sizeLimitText), the most a \(kind) may hold"
        case .unreadable(let reason): reason
        }
    }
}
