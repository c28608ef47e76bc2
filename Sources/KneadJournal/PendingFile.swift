import Glibc
import KneadCore

/// The file beside the journal that keeps the writes the journal could not take yet, because
/// another program held its lock: one write per line, in order, readable by its owner alone.
///
/// It is only ever replaced whole (a new file synced, then renamed over it) and removed only
/// once every write in it is in the journal. A file that cannot be read is left as it is.
struct PendingFile {
    /// Why the file could not be read; it is left as it is.
    struct Unreadable: Error {
        var reason: String
    }

    /// The file's path: the journal's with `.pending` after it.
    let path: String

    /// The pending file of the journal at `journalPath`.
    init(journalPath: String) {
        path = journalPath + ".pending"
    }

    /// Whether there is such a file.
    var exists: Bool { FileSystem.exists(path) }

    /// The writes the file holds, in order; none when there is no file.
    func load() throws(Unreadable) -> [JournalWrite] {
        guard exists else { return [] }
        let bytes: [UInt8]
        do {
            bytes = try ScriptFileReader.bytes(atPath: path)
        } catch {
            throw Unreadable(reason: error.reason(fileKind: "pending file"))
        }
        var writes: [JournalWrite] = []
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n").enumerated() {
            do throws(LineFields.Unreadable) {
                writes.append(try JournalWrite(line: line))
            } catch {
                throw Unreadable(reason: "line \(index + 1) is not a write knead made")
            }
        }
        return writes
    }

    /// Replaces the file with `writes`, or removes it when there are none; returns why it could
    /// not, if it could not.
    func save(_ writes: [JournalWrite]) -> String? {
        guard !writes.isEmpty else {
            return unlink(path) == 0 || errno == ENOENT ? nil : String(cString: strerror(errno))
        }
        let bytes = Array(writes.map { $0.line + "\n" }.joined().utf8)
        let temporary = path + ".new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                return reason
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced else { return String(cString: strerror(errno)) }
        return FileSystem.rename(temporary, to: path)
    }
}
