import Glibc

/// Writes a program for a test (a copy of knead, or a small shell script) so that it can be
/// started at once, even while other tests start children of their own.
///
/// Linux refuses to start a file that any process still holds open for writing ("Text file
/// busy"). A file written through a descriptor without close-on-exec would let a child started
/// by another test in the meantime (a tmux server, say) keep that descriptor for its whole
/// life; these descriptors are close-on-exec, so at worst a child holds one between its fork and
/// its exec, which `ChildSpawn.start` waits out.
public enum ExecutableFile {
    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Copies the program at `source` to a new file at `destination`, executable by everyone.
    public static func copy(from source: String, to destination: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw failure("cannot read \(source)") }
        defer { close(input) }
        try writeExecutable(to: destination) { output in
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count == 0 { return }
                guard count > 0 else { throw failure("cannot read \(source)") }
                try writeAll(buffer[..<count], to: output, named: destination)
            }
        }
    }

    /// Writes `text` (a script with its `#!` line) to the file at `destination`, replacing any
    /// file there, executable by everyone.
    public static func write(_ text: String, to destination: String) throws {
        unlink(destination)
        try writeExecutable(to: destination) { output in
            try writeAll(Array(text.utf8)[...], to: output, named: destination)
        }
    }

    /// Creates `destination` through a close-on-exec descriptor, lets `fill` write to it, and
    /// closes it.
    private static func writeExecutable(to destination: String, _ fill: (Int32) throws -> Void) throws {
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard output >= 0 else { throw failure("cannot create \(destination)") }
        do {
            try fill(output)
        } catch {
            close(output)
            throw error
        }
        guard close(output) == 0 else { throw failure("cannot write \(destination)") }
    }

    private static func writeAll(_ bytes: ArraySlice<UInt8>, to output: Int32, named destination: String) throws {
        var written = 0
        while written < bytes.count {
            let step = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + written, bytes.count - written) }
            guard step > 0 else { throw failure("cannot write \(destination)") }
            written += step
        }
    }

    private static func failure(_ what: String) -> WriteError {
        WriteError(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
