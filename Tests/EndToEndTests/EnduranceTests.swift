import Foundation
import Glibc
import KneadCore
import Testing

/// Hostile conditions over time: a storm of resizes, a 12-hour routine and one of 5,000 steps.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct EnduranceTests {
    @Test func aStormOfResizesWhileKeysArePressedEndsOnTheRightScreen() async throws {
        let knead = try #require(KneadExecutable.path)
        let terminal = try TmuxTerminal(running: [knead, "run", "collar", "--start-keys", "n,s"])
        defer { terminal.close() }
        try #require(await terminal.waitForScreen("the session screen") { SessionScreenReading($0) != nil } != nil)

        var random = SystemRandomNumberGenerator()
        let keys = ["n", "+", "-", "b", "?", "x", "Right", "Left"]
        for round in 0..<200 {
            try terminal.resize(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
            if round % 10 == 0 { try terminal.sendKeys(keys[(round / 10) % keys.count]) }
        }
        try terminal.sendKeys("Space")
        try terminal.resize(width: 72, height: 20)
        let settled = try #require(await terminal.waitForScreen("the paused session at 72×20") {
            $0.contains("PAUSED") && SessionScreenReading($0) != nil && Self.fits($0, width: 72, height: 20)
        })
        // A clean redraw at the same size (away and back) must show exactly the same screen.
        try terminal.resize(width: 50, height: 14)
        await terminal.waitForScreen("the session at 50×14") { $0.contains("PAUSED") && Self.fits($0, width: 50, height: 14) && $0 != settled }
        try terminal.resize(width: 72, height: 20)
        await terminal.waitForScreen("the same screen as before the last two resizes:\n\(TmuxTerminal.framed(settled))") { $0 == settled }

        #expect(try terminal.processID(named: "knead") != nil, "knead is gone after the resizes")
        try await terminal.quitSessionEarly()
        try terminal.sendKeys("Enter")
        try #require(await terminal.waitForScreen(containing: "[exit 0]") != nil)
        #expect(terminal.settingsAfter == terminal.settingsBefore)
    }

    @Test func aTwelveHourRoutineKeepsItsMemoryAndEndsOnTime() async throws {
        // 24 steps of 30 minutes, run 20,000 times faster than real time: about 2 seconds.
        try await runLongRoutine(stageCount: 24, stageSeconds: 1800, timeScale: 20_000)
    }

    @Test func aRoutineOfFiveThousandStepsKeepsItsMemoryAndEndsOnTime() async throws {
        // 5,000 steps of 2 seconds, run 2,500 times faster than real time: about 4 seconds.
        try await runLongRoutine(stageCount: 5_000, stageSeconds: 2, timeScale: 2_500)
    }

    /// Runs a generated routine to its end, and checks the peak memory and the time it took.
    ///
    /// The peak resident memory (VmHWM) is read once the (paused) session screen is up, and again on
    /// the summary; it must not grow by more than 1 MB. The summary's time spent must be the
    /// routine's whole length: every step ended on its deadline.
    private func runLongRoutine(stageCount: Int, stageSeconds: Int, timeScale: Int) async throws {
        let knead = try #require(KneadExecutable.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("long.json")
        try Self.script(stageCount: stageCount, stageSeconds: stageSeconds).write(to: script, atomically: true, encoding: .utf8)

        // It starts paused, so that the first reading is taken before any step has run.
        let terminal = try TmuxTerminal(running: [
            knead, "run", script.path, "--start-keys", "enter,s,space", "--time-scale", "\(timeScale)",
        ])
        defer { terminal.close() }
        try #require(await terminal.waitForScreen("the paused session screen") {
            $0.contains("PAUSED") && SessionScreenReading($0) != nil
        } != nil)
        let pid = try #require(try terminal.processID(named: "knead"))
        let startPeak = try #require(Self.peakMemoryKilobytes(of: pid))
        try terminal.sendKeys("Space")

        let total = Duration.seconds(stageCount * stageSeconds)
        await terminal.waitForScreen(containing: "And now, after the session?", timeout: .seconds(60))
        try terminal.sendKeys("s")
        let summary = try #require(await terminal.waitForScreen(containing: "Session complete", timeout: .seconds(60)))
        let endPeak = try #require(Self.peakMemoryKilobytes(of: pid), "knead exited before its summary could be measured")
        #expect(endPeak - startPeak <= 1024, "VmHWM grew from \(startPeak) kB to \(endPeak) kB")
        #expect(summary.contains("Time spent   \(ClockText.elapsed(total))"), "\(TmuxTerminal.framed(summary))")
        #expect(summary.contains("Steps done   \(stageCount) of \(stageCount)"), "\(TmuxTerminal.framed(summary))")
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "[exit 0]")
    }

    /// A routine of `stageCount` stroking steps of `stageSeconds` each.
    private static func script(stageCount: Int, stageSeconds: Int) -> String {
        let stages = (1...stageCount).map { number in
            #"{"name": "Step \#(number)", "technique": "stroking", "area": "neck", "duration": \#(stageSeconds), "instructions": "Stroke lightly."}"#
        }
        return #"{"format": 1, "title": "Long routine", "stages": [\#(stages.joined(separator: ",\n"))]}"#
    }

    /// The peak resident set size of `pid` in kilobytes (VmHWM in /proc/PID/status).
    private static func peakMemoryKilobytes(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
    }

    /// Whether the captured screen has at most `height` rows of at most `width` columns.
    private static func fits(_ screen: String, width: Int, height: Int) -> Bool {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count <= height + 1 && rows.allSatisfy { $0.count <= width }
    }
}
