import Foundation
import Glibc
import Testing

/// Scripts from standard input, and inputs that must be refused at once rather than read forever.
@Suite("script input")
struct ScriptInputTests {
    private var collar: String { KneadBinary.packageRoot.appendingPathComponent("Sessions/collar.json").path }

    @Test func validateReadsAScriptFromStandardInputAsStdin() throws {
        let result = try KneadBinary.run(["validate", "-"], standardInput: collar)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "<stdin>: ok (collar, 15 steps, 7:10)\n")
    }

    @Test func showReadsAScriptFromStandardInput() throws {
        let result = try KneadBinary.run(["show", "-"], standardInput: collar)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Collar zone, step by step (collar) — 15 steps, 7:10\n"))
    }

    @Test func anInvalidScriptOnStandardInputIsNamedStdin() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("blank.json")
        try #"{"format": 1, "title": "   ", "stages": []}"#.write(to: script, atomically: true, encoding: .utf8)
        for command in ["validate", "show"] {
            let result = try KneadBinary.run([command, "-"], standardInput: script.path)
            #expect(result.status == 1)
            #expect(result.errors == """
                <stdin>:1:24: error: title: expected a non-empty text, found "   "
                <stdin>:1:41: error: stages: expected at least one stage, found an empty array

                """, "knead \(command) -")
        }
    }

    @Test func endlessStandardInputStopsAtTheLimit() throws {
        let result = try KneadBinary.run(["validate", "-"], timeout: 5, standardInput: "/dev/zero")
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(result.errors == "<stdin>: error: cannot read the file: larger than 4 MiB, the most a script may hold\n")
    }

    @Test func devicesFIFOsAndFoldersAreRefusedAtOnce() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.json").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let started = ContinuousClock.now
        let result = try KneadBinary.run(["validate", "/dev/zero", fifo, folder.path], timeout: 5)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(result.errors == """
            /dev/zero: error: cannot read the file: not a regular file (a character device)
            \(fifo): error: cannot read the file: not a regular file (a FIFO)
            \(folder.path): error: cannot read the file: not a regular file (a directory)

            """)
        let shown = try KneadBinary.run(["show", "/dev/zero"], timeout: 5)
        #expect(shown.status == 1)
        #expect(shown.errors == "/dev/zero: error: cannot read the file: not a regular file (a character device)\n")
    }
}
