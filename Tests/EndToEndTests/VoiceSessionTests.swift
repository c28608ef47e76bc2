import Foundation
import Glibc
import KneadTestSupport
import Testing

/// The real binary speaking through `--voice-command` in a real terminal: what it says, in
/// order, and that no speech program outlives it.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct VoiceSessionTests {
    /// A routine of a 20 s stage on both sides, a 5 s get-ready step between, and a 4 s stage.
    static let routine = """
        {"format": 1, "title": "Voice test", "transition": 5,
         "stages": [
           {"name": "Kneading", "technique": "kneading", "area": "neck", "duration": 20, "sides": ["left", "right"],
            "instructions": "Knead."},
           {"name": "Stroking", "technique": "stroking", "area": "neck", "duration": 4, "instructions": "Stroke."}
         ]}
        """

    /// A folder with the routine and a speech program that records its language and sentence
    /// and its process id, prints noise on both its output streams and, when `lingering`,
    /// leaves a `sleep` running as a long sentence would (recording its id too).
    final class Fixture {
        let folder: URL
        var routine: String { folder.appendingPathComponent("voice.json").path }
        var recorder: String { folder.appendingPathComponent("record").path }

        init(lingering: Bool) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-e2e-voice-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try VoiceSessionTests.routine.write(toFile: routine, atomically: true, encoding: .utf8)
            let linger = lingering ? "sleep 60 & echo $! >> '\(folder.path)/pids'; wait" : ""
            try ExecutableFile.write("""
                #!/bin/sh
                echo $$ >> '\(folder.path)/pids'
                printf '%s|%s\\n' "$KNEAD_VOICE_LANGUAGE" "$1" >> '\(folder.path)/said'
                echo "NOISE on standard output"; echo "NOISE on standard error" >&2
                \(linger)
                """, to: recorder)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// The sentences recorded so far.
        var said: [String] { read("said") }
        /// The process ids the speech programs recorded.
        var processes: [pid_t] { read("pids").compactMap { pid_t($0) } }

        private func read(_ name: String) -> [String] {
            let text = (try? String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init)
        }
    }

    @Test func aWholeRoutineIsSpokenInOrder() async throws {
        let fixture = try Fixture(lingering: false)
        // At 10 times real speed the shortest sentence (the get-ready step's) has half a second.
        let terminal = try startSession(fixture, options: ["--voice", "--time-scale", "10"])
        defer { terminal.close() }
        let output = "\(terminal.folder)/pane-output"
        try terminal.tmux(["pipe-pane", "-t", terminal.target, "-o", "cat > '\(output)'"])
        await terminal.waitForScreen(containing: "begin")
        try terminal.sendKeys("Enter", "s")  // begin, and skip the question of pain
        await terminal.waitForScreen(containing: "And now, after the session?", timeout: .seconds(60))
        try terminal.sendKeys("s")
        await terminal.waitForScreen(containing: "Session complete", timeout: .seconds(10))
        try await waitFor("the last sentence") { fixture.said.last == "en|Session complete." }
        #expect(fixture.said == [
            "en|Voice test. Step 1 of 4. Kneading, left side. 20 seconds.",
            "en|Halfway.",
            "en|Switch to the right side.",
            "en|Step 3 of 4. Kneading, right side. 20 seconds.",
            "en|Halfway.",
            "en|Step 4 of 4. Stroking. 4 seconds.",
            "en|Session complete.",
        ])
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "[exit 0]")
        try await expectAllGone(fixture.processes)
        var written = ""
        try await waitFor("the pane's copy to hold the whole session") {
            written = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            return written.contains("[exit 0]")
        }
        #expect(!written.contains("NOISE"), "the speech program's output reached the terminal")
    }

    @Test(arguments: ["quit", "C-c", "SIGTERM", "SIGHUP"])
    func leavingMidSentenceLeavesNoSpeechProgramBehind(way: String) async throws {
        let fixture = try Fixture(lingering: true)
        let terminal = try startSession(fixture, options: ["--voice"])
        defer { terminal.close() }
        await terminal.waitForScreen(containing: "begin")
        try terminal.sendKeys("Enter", "s")  // begin, and skip the question of pain
        try await waitFor("the first sentence and its lingering process") { fixture.processes.count == 2 }
        #expect(fixture.processes.allSatisfy { kill($0, 0) == 0 }, "the sentence is still being spoken")
        if way == "quit" {
            try await terminal.quitSessionEarly()
            try terminal.sendKeys("Enter")
            await terminal.waitForScreen(containing: "[exit 0]")
        } else if way == "C-c" {
            try terminal.sendKeys("C-c")
            await terminal.waitForScreen(containing: "[exit 130]")
        } else {
            let knead = try #require(try terminal.processID(named: "knead"), "knead is not running in the pane")
            #expect(kill(knead, way == "SIGTERM" ? SIGTERM : SIGHUP) == 0)
            await terminal.waitForScreen(containing: way == "SIGTERM" ? "[exit 143]" : "[exit 129]")
        }
        try await expectAllGone(fixture.processes)
        // The step's halfway (10 s in) may come first on a machine busy enough to take that
        // long over the quit; nothing else may.
        #expect(fixture.said.first == "en|Voice test. Step 1 of 4. Kneading, left side. 20 seconds.", "\(fixture.said)")
        #expect(fixture.said.dropFirst().allSatisfy { $0 == "en|Halfway." }, "\(fixture.said)")
    }

    @Test func withoutASpeakerTheFootSaysSoAndStandardErrorAfter() async throws {
        let fixture = try Fixture(lingering: false)
        let knead = try #require(KneadExecutable.path)
        let terminal = try TmuxTerminal(running: ["env", "PATH=/nonexistent", knead, "run", fixture.routine, "--voice"])
        defer { terminal.close() }
        await terminal.waitForScreen(containing: "begin")
        try terminal.sendKeys("Enter", "s")  // begin, and skip the question of pain
        await terminal.waitForScreen(containing: "No voice: install espeak-ng (sudo apt-get install espeak-ng) or use")
        try await terminal.quitSessionEarly()
        try terminal.sendKeys("Enter")
        let screen = try #require(await terminal.waitForScreen(containing: "[exit 0]"))
        #expect(screen.contains("knead: the session was silent: no speech program was found"), "\(TmuxTerminal.framed(screen))")
    }

    @Test(arguments: [true, false])
    func tickRingsOnEachBeatOfAPacedStep(tick: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-e2e-tick-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let routine = folder.appendingPathComponent("paced.json").path
        try """
            {"format": 1, "title": "Paced", "stages": [
              {"name": "Circling", "technique": "kneading", "area": "neck", "duration": 16, "reps": 16, "instructions": "Circle."}]}
            """.write(toFile: routine, atomically: true, encoding: .utf8)
        let knead = try #require(KneadExecutable.path)
        let terminal = try TmuxTerminal(running: [knead, "run", routine, "--time-scale", "4"] + (tick ? ["--tick"] : []))
        defer { terminal.close() }
        let output = "\(terminal.folder)/pane-output"
        try terminal.tmux(["pipe-pane", "-t", terminal.target, "-o", "cat > '\(output)'"])
        await terminal.waitForScreen(containing: "begin")
        try terminal.sendKeys("Enter", "s")  // begin, and skip the question of pain
        // Paused, the counter stands still long enough to be read, however busy the machine.
        try terminal.sendKeys("Space")
        await terminal.waitForScreen("the paused counter") { $0.contains("PAUSED") && $0.contains(/stroke \d+ of 16/) }
        try terminal.sendKeys("Space")
        await terminal.waitForScreen(containing: "And now, after the session?", timeout: .seconds(60))
        try terminal.sendKeys("s")
        await terminal.waitForScreen(containing: "Session complete", timeout: .seconds(10))
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "[exit 0]")
        var bytes = Data()
        try await waitFor("the pane's copy to hold the whole session") {
            bytes = (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data()
            return String(decoding: bytes, as: UTF8.self).contains("[exit 0]")
        }
        let bells = bytes.filter { $0 == 0x07 }.count
        #expect(bells == (tick ? 16 : 0), "one bell on each of the 16 beats with --tick, none without; found \(bells)")
    }

    // MARK: - Helpers

    /// Starts `knead run` on the fixture's routine with its recorder as the speech program.
    private func startSession(_ fixture: Fixture, options: [String]) throws -> TmuxTerminal {
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        // Run by /bin/sh, not exec'd: a child another test forks while the script is being
        // written keeps it open for writing, and exec'ing it would fail with "Text file busy".
        return try TmuxTerminal(running: [knead, "run", fixture.routine, "--voice-command", "/bin/sh \(fixture.recorder)"] + options)
    }

    /// Polls `condition` every 10 ms for up to five seconds; records an issue if it never holds.
    private func waitFor(_ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ condition: () -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(5)
        while !condition() {
            guard clock.now < deadline else {
                Issue.record("Waited 5 s for \(what).", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Checks that none of `processes` runs any more (zombies waiting for their parent count as gone).
    private func expectAllGone(_ processes: [pid_t], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitFor("the speech programs \(processes) to be gone", sourceLocation: sourceLocation) {
            processes.allSatisfy { pid in kill(pid, 0) != 0 || Self.isZombie(pid) }
        }
    }

    private static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)...].hasPrefix("Z")
    }
}
