import Glibc

/// The few file operations the journal needs, over the C library.
public enum FileSystem {
    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The folder part of `path` (`.` when it has none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Makes `path` and every missing folder above it, with `mode` (0700 by default: a journal is
    /// private). Returns the reason on failure.
    public static func makeFolders(_ path: String, mode: mode_t = 0o700) -> String? {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, mode) != 0 && errno != EEXIST {
                return String(cString: strerror(errno))
            }
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return String(cString: strerror(errno)) }
        return (status.st_mode & S_IFMT) == S_IFDIR ? nil : "it is not a folder"
    }

    /// Creates an empty file at `path` readable by its owner alone, unless something is there.
    static func createPrivateFile(_ path: String) {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Renames `from` to `to`; returns the reason on failure.
    static func rename(_ from: String, to: String) -> String? {
        Glibc.rename(from, to) == 0 ? nil : String(cString: strerror(errno))
    }
}
