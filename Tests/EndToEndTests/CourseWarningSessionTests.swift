import Foundation
import Glibc
import Testing

/// A course that has had its most sessions, in a real terminal: the warning after the safety
/// check, Enter and `n` that do not start, the deliberate `y` that does, and the journal's note.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct CourseWarningSessionTests {
    /// A routine of one 30-second step whose course allows two sessions, then a week's rest.
    private static let shortCourse = """
        {
          "format": 1,
          "title": "Short course",
          "course": {"maxSessions": 2, "restDays": 7},
          "stages": [
            {"name": "Stroking", "technique": "stroking", "area": "neck", "duration": "30s",
             "instructions": "Stroke the back of the neck from the hairline down to the shoulders."}
          ]
        }
        """

    @Test func aFullCourseStartsOnlyWithADeliberateKeyAndTheJournalNotesIt() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let folder = try #require(ScratchFolder.make(named: "course"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = folder + "/journal.sqlite3"
        let script = folder + "/short.json"
        try Self.shortCourse.write(toFile: script, atomically: true, encoding: .utf8)

        // The course's two sessions, run plainly at 100 times real time.
        for session in 1...2 {
            let plain = try ChildProcess.run(
                [knead, "run", script, "--plain", "--time-scale", "100", "--pain-before", "4", "--journal", journal],
                environment: [:], outputPath: folder + "/plain-\(session).txt"
            )
            #expect(plain.status == 0, "plain session \(session): \(plain.output)")
        }

        // At real time: the 30-second step outlasts the keys, however busy the machine.
        let terminal = try TmuxTerminal(running: [knead, "run", script, "--journal", journal])
        defer { terminal.close() }
        let warning = "This course has had its 2 sessions."
        await terminal.waitForScreen(containing: "begin")
        try terminal.sendKeys("Enter")
        let shown = try #require(await terminal.waitForScreen(containing: warning))
        #expect(shown.contains("The routine asks for a rest until") && shown.contains("Start session 3 anyway?"),
                "\(TmuxTerminal.framed(shown))")

        // Enter leaves the warning open: the `n` after it goes back to the safety check (had
        // Enter begun the session, `n` would find the pain question). Enter there opens the
        // warning again.
        try terminal.sendKeys("Enter")
        try terminal.sendKeys("n")
        await terminal.waitForScreen("the safety check again") { $0.contains("begin") && !$0.contains(warning) }
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: warning)
        try terminal.sendKeys("y")
        await terminal.waitForScreen(containing: "How much does it hurt now?")
        try terminal.sendKeys("s")
        await terminal.waitForScreen("the first step") { SessionScreenReading($0)?.step == 1 }
        try await terminal.quitSessionEarly()
        try terminal.sendKeys("x")
        await terminal.waitForScreen(containing: "[exit 0]")

        let history = try ChildProcess.run([knead, "history", "--json", "--journal", journal], environment: [:], outputPath: folder + "/history.json")
        #expect(history.status == 0)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]], "\(history.output)")
        #expect(sessions.map { $0["courseLimitOverridden"] as? Bool } == [false, false, true], "\(history.output)")
        let eventKinds = sessions.map { session in
            ((session["events"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String }.filter { $0 == "course_limit_overridden" }
        }
        #expect(eventKinds == [[], [], ["course_limit_overridden"]], "\(history.output)")
    }
}
