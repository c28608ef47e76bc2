import Glibc
import KneadTestSupport

/// A folder of its own under /tmp for one test, removed when the value goes away.
final class TemporaryFolder {
    /// The folder's path.
    let path: String

    init() throws {
        var template = Array("/tmp/knead-speech-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw SetupError("mkdtemp failed") }
        path = String(cString: made)
    }

    deinit {
        _ = system("rm -rf '\(path)'")
    }

    /// Writes an executable shell script `name` with `body`, and returns its path.
    func script(_ name: String, _ body: String) throws -> String {
        let file = "\(path)/\(name)"
        try ExecutableFile.write("#!/bin/sh\n" + body + "\n", to: file)
        return file
    }

    /// Writes `text` to the file at `file`.
    func write(_ text: String, to file: String) throws {
        guard let stream = fopen(file, "w") else { throw SetupError("cannot write \(file)") }
        fputs(text, stream)
        fclose(stream)
    }

    /// The text of the file `name` in the folder; empty when it does not exist.
    func read(_ name: String) -> String {
        guard let stream = fopen("\(path)/\(name)", "r") else { return "" }
        defer { fclose(stream) }
        var bytes: [UInt8] = []
        while case let byte = fgetc(stream), byte != EOF { bytes.append(UInt8(byte)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A test's setup that failed.
    struct SetupError: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
