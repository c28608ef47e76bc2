/// Why a file could not be read, in the operating system's words.
struct FileReadError: Error, Sendable {
    /// Such as "No such file or directory".
    var reason: String
}
