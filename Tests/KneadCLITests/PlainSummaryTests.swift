import Foundation
import Testing

/// The plain run's summary and refusals, through the built binary: the pain before and after,
/// where the course stands, and the person's language throughout.
@Suite("The summary and refusals of a plain run")
struct PlainSummaryTests {
    @Test func theSummaryShowsThePainAndTheCourse() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let arguments = ["run", "collar", "--plain", "--time-scale", "5000", "--pain-before", "6", "--pain-after", "3", "--journal", journal]
        let result = try KneadBinary.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let finished = try #require(lines.firstIndex { $0.contains("  finished: ") }, "\(result.output)")
        #expect(lines.count == finished + 3, "\(result.output)")
        #expect(lines[finished + 1] == "Pain 6 → 3", "\(result.output)")
        #expect(lines[finished + 2].hasPrefix("Course: session 2 of at most 12 · last on "), "the next session is the second: \(result.output)")
    }

    @Test func aRefusalInAFlareIsInThePersonsLanguage() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let result = try KneadBinary.run(
            ["run", "acupressure", "--plain", "--flare", "--journal", journal], environment: ["LC_MESSAGES": "ru_RU.UTF-8"]
        )
        #expect(result.status == 75)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("knead: acupressure не делают при обострении (острой боли)"), "\(result.errors)")
    }
}
