import Foundation
import Glibc
import Testing

/// A whole session in a real terminal with the pain rated before and after, a returning
/// person's two-key start, and then `knead history --json` showing both sessions.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct JournalSessionTests {
    @Test func aSessionWithPainRatingsIsInTheHistoryAndTheNextStartsWithTwoKeys() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let folder = try #require(ScratchFolder.make(named: "journal"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = folder + "/journal.sqlite3"

        // The first session: rated 7 before, run to its end at 100 times real time, rated 3 after.
        let first = try TmuxTerminal(running: [knead, "run", "collar", "--time-scale", "100", "--journal", journal])
        defer { first.close() }
        await first.waitForScreen(containing: "begin")
        try first.sendKeys("n")
        await first.waitForScreen(containing: "How much does it hurt now?")
        try first.sendKeys("7")
        // A busy machine may show the session only between two looks, so its end counts too.
        await first.waitForScreen("the session screen, or its end") {
            SessionScreenReading($0) != nil || $0.contains("And now, after the session?")
        }
        await first.waitForScreen(containing: "And now, after the session?", timeout: .seconds(60))
        try first.sendKeys("3")
        let summary = try #require(await first.waitForScreen(containing: "Pain         7 → 3"))
        #expect(summary.contains("Session complete") && summary.contains("Steps done   15 of 15"), "\(TmuxTerminal.framed(summary))")
        try first.sendKeys("x")
        await first.waitForScreen(containing: "[exit 0]")

        // The second: Enter on the safety check, Enter on the question (last time's 7 offered),
        // and the first step is on; quit early, skip the question after. It runs in real time, so
        // the first step is still on when the quit comes, however busy the machine.
        let second = try TmuxTerminal(running: [knead, "run", "collar", "--journal", journal])
        defer { second.close() }
        let safety = try #require(await second.waitForScreen(containing: "begin"))
        #expect(safety.contains("Next: session 2 of at most 12 · last on"), "\(TmuxTerminal.framed(safety))")
        try second.sendKeys("Enter")
        let question = try #require(await second.waitForScreen(containing: "How much does it hurt now?"))
        #expect(question.contains("[7]") && question.contains("Last time: 7 → 3"), "\(TmuxTerminal.framed(question))")
        try second.sendKeys("Enter")
        await second.waitForScreen("the first step, after two keys") { SessionScreenReading($0)?.step == 1 }
        let early = try #require(try await second.quitSessionEarly())
        #expect(early.contains("Pain         7 → –") && early.contains("Trend before ▆▆"), "\(TmuxTerminal.framed(early))")
        try second.sendKeys("x")
        await second.waitForScreen(containing: "[exit 0]")

        let history = try ChildProcess.run([knead, "history", "--json", "--journal", journal], environment: [:], outputPath: folder + "/history.json")
        #expect(history.status == 0)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]], "\(history.output)")
        #expect(sessions.count == 2)
        let finished = try #require(sessions.first)
        let quit = try #require(sessions.last)
        #expect(finished["ending"] as? String == "finished")
        #expect(finished["painBefore"] as? Int == 7)
        #expect(finished["painAfter"] as? Int == 3)
        let options = finished["options"] as? [String: String]
        #expect(options?["display"] == "full-screen")
        #expect(quit["ending"] as? String == "quit")
        #expect(quit["painBefore"] as? Int == 7)
        #expect(quit["painAfter"] is NSNull)
        #expect(quit["stepReached"] as? Int == 1)
    }
}
