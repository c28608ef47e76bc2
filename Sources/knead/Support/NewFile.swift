import Glibc
import KneadJournal

/// Writes a file that must not exist yet, so nothing a person wrote is ever overwritten.
enum NewFile {
    /// Why a new file could not be written.
    enum Failure: Error {
        /// A file of that path is already there; it was left as it was.
        case exists
        /// The path is longer than the file system takes: a usage error, nothing was written.
        case pathTooLong
        /// The folder or the file could not be made, with the system's reason.
        case cannotWrite(String)
    }

    /// Creates the folders on the way to `path`, then the file itself with `bytes`, failing
    /// when it already exists (checked and created in one step by the system) unless
    /// `replacing` says to write over it.
    static func create(at path: String, bytes: [UInt8], replacing: Bool = false) throws(Failure) {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty, let reason = FileSystem.makeFolders(folder, mode: 0o755) {
            if errno == ENAMETOOLONG { throw .pathTooLong }
            throw .cannotWrite("cannot create the folder \(folder): \(reason)")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (replacing ? O_TRUNC : O_EXCL), 0o644)
        guard descriptor >= 0 else {
            switch errno {
            case EEXIST: throw .exists
            case ENAMETOOLONG: throw .pathTooLong
            default: throw .cannotWrite(String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw .cannotWrite(String(cString: strerror(errno))) }
            written += result
        }
    }
}
