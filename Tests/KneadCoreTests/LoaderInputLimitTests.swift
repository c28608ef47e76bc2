import Foundation
import Glibc
import Testing
@testable import KneadCore

/// What the loader refuses to read: anything but a regular file, and more than 4 MiB.
struct LoaderInputLimitTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-limits-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The one message loading `path` gives, or nil when it loads.
    private func message(loading path: String) -> String? {
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(contentsOf: path)
            return nil
        } catch {
            #expect(error.problems.count == 1)
            return error.description
        }
    }

    @Test func aDeviceADirectoryAndAFIFOAreRefusedBeforeAnyRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe.json"
        try #require(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO with no writer would block a reader that waited for one.
        #expect(message(loading: fifo) == "\(fifo): error: cannot read the file: not a regular file (a FIFO)")
        #expect(message(loading: "/dev/zero") == "/dev/zero: error: cannot read the file: not a regular file (a character device)")
        #expect(message(loading: "/dev/null") == "/dev/null: error: cannot read the file: not a regular file (a character device)")
        #expect(message(loading: folder) == "\(folder): error: cannot read the file: not a regular file (a directory)")
    }

    @Test func aSocketIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/socket.json"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect(message(loading: path) == "\(path): error: cannot read the file: not a regular file (a socket)")
    }

    @Test func aFileOverFourMebibytesIsRefusedAndOneAtTheLimitIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let limit = ScriptFileReader.sizeLimit
        #expect(limit == 4 * 1024 * 1024)
        let tooLarge = folder + "/large.json"
        try Data(repeating: UInt8(ascii: " "), count: limit + 1).write(to: URL(fileURLWithPath: tooLarge))
        #expect(message(loading: tooLarge) == "\(tooLarge): error: cannot read the file: larger than 4 MiB, the most a script may hold")

        // Exactly at the limit: read, and judged as JSON (white space alone is no document).
        let atLimit = folder + "/limit.json"
        try Data(repeating: UInt8(ascii: " "), count: limit).write(to: URL(fileURLWithPath: atLimit))
        let judged = try #require(message(loading: atLimit))
        #expect(!judged.contains("cannot read the file"), "\(judged)")
    }
}
