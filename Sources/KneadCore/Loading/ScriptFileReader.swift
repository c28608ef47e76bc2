#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory with the plain POSIX calls.
enum ScriptFileReader {
    /// The size of each read.
    private static let chunkSize = 64 * 1024

    /// The bytes of the file at `path`.
    static func bytes(atPath path: String) throws(FileReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw currentError() }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw currentError()
            }
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    private static func currentError() -> FileReadError {
        FileReadError(reason: String(cString: strerror(errno)))
    }
}
