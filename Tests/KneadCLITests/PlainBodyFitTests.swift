import Foundation
import Testing

/// `--sore-side` and `--flare` on a plain run, through the built binary: the order of the sides,
/// gentle mode, a routine refused in a flare, and what the journal keeps.
@Suite("The sore side and a flare on a plain run")
struct PlainBodyFitTests {
    private func journal() throws -> (folder: URL, path: String) {
        let folder = try KneadBinary.temporaryFolder()
        return (folder, folder.appendingPathComponent("journal.sqlite3").path)
    }

    private func history(_ journal: String) throws -> [[String: Any]] {
        let result = try KneadBinary.run(["history", "--json", "--journal", journal])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    }

    @Test func aSoreLeftSidePutsTheRightSideFirstAndIsRecorded() throws {
        let (folder, journal) = try journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KneadBinary.run(["run", "collar", "--plain", "--sore-side", "left", "--time-scale", "5000", "--journal", journal])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("step 2/15  Pressing and lengthwise kneading beside the spine, right side  0:25 · muscles beside the spine, out from the spine") }, "\(result.output)")
        #expect(lines.contains { $0.contains("step 3/15  Switch to the left side") }, "\(result.output)")
        let session = try #require(try history(journal).first)
        #expect(session["soreSide"] as? String == "left" && session["flare"] as? Bool == false && session["gentle"] as? Bool == false)
    }

    @Test func aFlareRunsOnlyTheStrokingVeryLightly() throws {
        let (folder, journal) = try journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KneadBinary.run(["run", "collar", "--plain", "--flare", "--time-scale", "5000", "--journal", journal])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Collar zone, step by step — 2 steps, 1:10\n"), "\(result.output)")
        #expect(result.output.contains("A flare: stroking and rest only, every step very light — skin only"))
        #expect(result.output.contains("step 1/2  Stroking the neck and collar zone") && result.output.contains("step 2/2  Stroking to finish"))
        let session = try #require(try history(journal).first)
        #expect(session["flare"] as? Bool == true && session["gentle"] as? Bool == true)
        #expect(session["soreSide"] is NSNull, "not given")
    }

    @Test func aFlareRefusesAcupressureWithItsReasonAndRecordsNothing() throws {
        let (folder, journal) = try journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KneadBinary.run(["run", "acupressure", "--plain", "--flare", "--journal", journal])
        #expect(result.status == 75, "a session not started for safety")
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("knead: acupressure is not done during a flare (acute pain)"), "\(result.errors)")
        #expect(try history(journal).isEmpty)
    }

    @Test func aBadSideIsNamedWithTheChoices() throws {
        let bad = try KneadBinary.run(["run", "collar", "--plain", "--sore-side", "up"])
        #expect(bad.status == 64 && bad.errors.contains("'left', 'right' or 'neither'"), "\(bad.errors)")
    }
}
