/// Where a routine of the catalog was found.
public enum RoutineOrigin: Hashable, Sendable {
    /// Built into the binary, from the file of this name in `Sessions/`.
    case bundled(fileName: String)
    /// A script in the user's folder, or one named by its path.
    case file(path: String)

    /// A short word for lists: `bundled` or `user`.
    public var label: String {
        switch self {
        case .bundled: return "bundled"
        case .file: return "user"
        }
    }
}
