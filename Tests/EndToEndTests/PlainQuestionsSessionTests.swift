import Foundation
import Glibc
import Testing

/// `--plain` in a real terminal, as a person with a screen reader follows it: the honey
/// routine's questions as lines, `y` that starts nothing, `n` and the answers that go on, the
/// journal that keeps them, and the full screen that knows them next time.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct PlainQuestionsSessionTests {
    @Test func honeyAsksAsLinesAndTheFullScreenKnowsTheAnswers() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let folder = try #require(ScratchFolder.make(named: "plain-questions"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = folder + "/journal.sqlite3"
        let plain = [knead, "run", "honey", "--plain", "--time-scale", "5000", "--journal", journal]
        let question = "Do any of these apply to you? (n: none apply, y: one does)"

        // `y`: one applies. Nothing starts, and knead says why.
        let refused = try TmuxTerminal(running: plain, height: 40)
        defer { refused.close() }
        let asked = try #require(await refused.waitForScreen(containing: question))
        #expect(asked.contains("Do not start if you have:\n  Cancer or any tumour in the body"), "\(TmuxTerminal.framed(asked))")
        try refused.type("y")
        try refused.sendKeys("Enter")
        let stopped = try #require(await refused.waitForScreen(containing: "[exit 75]"))
        #expect(stopped.contains("ask your doctor first") && !stopped.contains("step 1/"), "\(TmuxTerminal.framed(stopped))")

        // `n`, then the allergy test, a wrong answer, the side, no flare and a pain rating: the session runs.
        let answered = try TmuxTerminal(running: plain, height: 60)
        defer { answered.close() }
        await answered.waitForScreen(containing: question)
        try answered.type("n")
        try answered.sendKeys("Enter")
        let allergy = try #require(await answered.waitForScreen(containing: "Have you done it? (y: done, n: not yet)"))
        #expect(allergy.contains("The allergy test"), "\(TmuxTerminal.framed(allergy))")
        try answered.type("y")
        try answered.sendKeys("Enter")
        await answered.waitForScreen(containing: "Which side hurts more? (l: left, r: right, Enter: neither)")
        try answered.type("up")
        try answered.sendKeys("Enter")
        await answered.waitForScreen(containing: "Please answer l, r, Enter.")
        try answered.type("l")
        try answered.sendKeys("Enter")
        await answered.waitForScreen(containing: "Is this a flare (acute pain)? (y / Enter: no)")
        try answered.sendKeys("Enter")
        await answered.waitForScreen(containing: "How much does it hurt now, 0 to 10? (Enter: skip)")
        try answered.type("6")
        try answered.sendKeys("Enter")
        await answered.waitForScreen(containing: "And now, after the session, 0 to 10? (Enter: skip)", timeout: .seconds(20))
        try answered.type("3")
        try answered.sendKeys("Enter")
        let summary = try #require(await answered.waitForScreen(containing: "[exit 0]"))
        #expect(summary.contains("Pain 6 → 3") && summary.contains("finished: 10 steps done"), "\(TmuxTerminal.framed(summary))")

        let history = try ChildProcess.run([knead, "history", "--json", "--journal", journal], environment: [:], outputPath: folder + "/history.json")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]], "\(history.output)")
        #expect(sessions.count == 1, "the refused run started nothing: \(history.output)")
        let session = try #require(sessions.first)
        #expect(session["painBefore"] as? Int == 6 && session["painAfter"] as? Int == 3, "\(history.output)")
        #expect(session["soreSide"] as? String == "left" && session["flare"] as? Bool == false, "\(history.output)")

        // The full screen next: the contraindications confirmed today, the allergy test not asked again.
        let full = try TmuxTerminal(running: [knead, "run", "honey", "--journal", journal], height: 40)
        defer { full.close() }
        let check = try #require(await full.waitForScreen(containing: "begin"))
        #expect(check.contains("Contraindications: confirmed on"), "\(TmuxTerminal.framed(check))")
        #expect(!check.contains("Have you done it?"), "\(TmuxTerminal.framed(check))")
        try full.sendKeys("q")
        await full.waitForScreen(containing: "[exit 0]")
    }

    @Test func theQuestionsAreAskedInRussian() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let folder = try #require(ScratchFolder.make(named: "plain-questions-ru"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings = folder + "/knead"
        try FileManager.default.createDirectory(atPath: settings, withIntermediateDirectories: true)
        try #"{"language": "ru"}"#.write(toFile: settings + "/config.json", atomically: true, encoding: .utf8)
        let terminal = try TmuxTerminal(
            running: ["env", "XDG_CONFIG_HOME=" + folder, knead, "run", "honey", "--plain", "--journal", folder + "/journal.sqlite3"], height: 40
        )
        defer { terminal.close() }
        await terminal.waitForScreen(containing: "Что-нибудь из этого относится к вам? (n: ничего, y: да, одно есть)")
        try terminal.sendKeys("C-d")
        let stopped = try #require(await terminal.waitForScreen(containing: "[exit 75]"))
        #expect(stopped.contains("Ответа нет, поэтому сеанс не начнётся."), "\(TmuxTerminal.framed(stopped))")
    }
}
