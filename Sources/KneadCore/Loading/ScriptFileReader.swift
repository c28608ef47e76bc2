#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole script into memory with the plain POSIX calls, never more than a script may hold.
///
/// Only a regular file is read (or standard input, when asked): a FIFO, a device such as
/// `/dev/zero`, a directory or a socket is refused at once, before any read, so no input can
/// make knead wait forever or fill its memory.
public enum ScriptFileReader {
    /// The most bytes a script may hold: 4 MiB.
    static let sizeLimit = 4 * 1024 * 1024
    /// How the size limit reads in messages.
    static let sizeLimitText = "4 MiB"
    /// The size of each read.
    private static let chunkSize = 64 * 1024

    /// The bytes of the regular file at `path`.
    public static func bytes(atPath path: String) throws(FileReadError) -> [UInt8] {
        // Looked at before opening, since a socket cannot be opened at all; and again after,
        // in case the path was changed in between.
        var status = stat()
        guard stat(path, &status) == 0 else { throw currentError() }
        try requireRegularFile(status)
        // Without O_NONBLOCK, opening a FIFO would wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw currentError() }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw currentError() }
        try requireRegularFile(status)
        return try readAll(from: descriptor)
    }

    /// Throws unless `status` is that of a regular file within the size limit.
    private static func requireRegularFile(_ status: stat) throws(FileReadError) {
        if let kind = nonRegularKind(status.st_mode) {
            throw .unreadable("not a regular file (\(kind))")
        }
        if status.st_size > sizeLimit { throw .tooLarge }
    }

    /// The bytes of standard input, up to the size limit.
    static func standardInputBytes() throws(FileReadError) -> [UInt8] {
        try readAll(from: STDIN_FILENO)
    }

    /// Reads `descriptor` to its end, failing as soon as it holds more than the size limit.
    private static func readAll(from descriptor: Int32) throws(FileReadError) -> [UInt8] {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { waitUntilReadable(descriptor); continue }
                throw currentError()
            }
            if count == 0 { return contents }
            if contents.count + count > sizeLimit { throw .tooLarge }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Waits for a non-blocking descriptor (such as a standard input left non-blocking) to have data.
    private static func waitUntilReadable(_ descriptor: Int32) {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
    }

    /// What a file of `mode` is, in words, when it is anything but a regular file.
    private static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "another kind of file"
        }
    }

    private static func currentError() -> FileReadError {
        .unreadable(String(cString: strerror(errno)))
    }
}
