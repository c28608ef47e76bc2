import Foundation
import Testing

/// A plain run whose standard input is not a terminal, through the built binary: nothing is
/// asked, the contraindications are printed as not confirmed, and the session runs.
@Suite("A plain run without a terminal to ask on")
struct PlainWithoutTerminalTests {
    @Test func nothingIsAskedTheListIsNotConfirmedAndTheSessionRuns() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let arguments = ["run", "honey", "--plain", "--time-scale", "5000", "--journal", journal]
        let result = try KneadBinary.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "Do not start if you have:"), "\(result.output)")
        #expect(lines[heading + 1] == "  Cancer or any tumour in the body", "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("Not confirmed: nobody was asked, as standard input is not a terminal") }, "\(result.output)")
        #expect(!result.output.contains("?"), "no question: \(result.output)")
        #expect(lines.contains { $0.contains("  finished: 10 steps done, 0 skipped") }, "\(result.output)")

        // Not asked is no confirmation: the next run shows the list as not confirmed again,
        // until --no-contraindications says none applies; then the course folds it.
        let again = try KneadBinary.run(arguments)
        #expect(again.output.contains("Not confirmed: nobody was asked"), "\(again.output)")
        let confirmed = try KneadBinary.run(arguments + ["--no-contraindications"])
        #expect(confirmed.status == 0 && !confirmed.output.contains("Do not start if you have:"), "\(confirmed.output)")
        let folded = try KneadBinary.run(arguments)
        #expect(folded.status == 0 && !folded.output.contains("Not confirmed"), "\(folded.output)")
    }

    @Test func theNotConfirmedLineIsInRussian() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let result = try KneadBinary.run(
            ["run", "honey", "--plain", "--time-scale", "5000", "--journal", journal], environment: ["LC_MESSAGES": "ru_RU.UTF-8"]
        )
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Не начинайте, если у вас:\n"), "\(result.output)")
        #expect(result.output.contains("Не подтверждено: спросить было некого"), "\(result.output)")
    }

    @Test func theHelpNamesTheAnswerAhead() throws {
        let result = try KneadBinary.run(["run", "--help"])
        #expect(result.output.contains("--no-contraindications"), "\(result.output)")
    }
}
