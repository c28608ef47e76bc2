import Foundation
import Testing

/// Each step's region, direction and point in `knead show`, `knead show --json` and `--plain`.
@Suite("Where each step works, on the command line")
struct BodyPlaceCommandTests {
    /// The steps of `knead show ROUTINE --json`.
    func plannedSteps(_ routine: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = try KneadBinary.run(["show", routine, "--json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        return try #require(plan["steps"] as? [[String: Any]], sourceLocation: sourceLocation)
    }

    @Test func showNamesEachMovesPlaceOnALineBelowItUnderTheMove() throws {
        let result = try KneadBinary.run(["show", "collar"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix(" 1  stroking   Stroking the neck and collar zone ") }, "\(result.output)")
        #expect(lines[first + 1] == "               collar zone, out from the spine", "\(result.output)")
        let transition = try #require(lines.firstIndex { $0.hasPrefix(" 3  get ready  Switch to the right side ") }, "\(result.output)")
        #expect(lines[transition + 1].hasPrefix(" 4  pressing "), "a get-ready step has no place of its own:\n\(result.output)")
    }

    @Test func showNamesAPointAndItsRegionInRussian() throws {
        let result = try KneadBinary.run(["show", "acupressure"], environment: ["LANG": "ru_RU.UTF-8"])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("                     тыльная сторона кисти, между большим и указательным пальцами, по кругу"), "\(result.output)")
    }

    @Test func showAsJSONCarriesTheRegionDirectionAndPointOfEachStep() throws {
        let collar = try plannedSteps("collar")
        #expect(collar[0]["region"] as? String == "collar-zone" && collar[0]["direction"] as? String == "outward")
        #expect(collar[0]["point"] == nil)
        let acupressure = try plannedSteps("acupressure")
        #expect(acupressure[0]["region"] as? String == "hand" && acupressure[0]["point"] as? String == "thumb-index")
        #expect(acupressure[0]["direction"] as? String == "circles")
        let rest = try #require(acupressure.last)
        #expect(rest["technique"] as? String == "rest" && rest["region"] == nil && rest["direction"] == nil, "\(rest)")
    }

    @Test func thePlainRunNamesEachMovesPlaceAfterItsLine() throws {
        let result = try KneadBinary.run(["run", "--plain", "--time-scale", "1000", "cupping-neck"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("0:30  step 2/7  Circles around the 7th cervical vertebra  1:00 · around the 7th cervical vertebra, in circles"), "\(result.output)")
        #expect(lines.contains("2:45  step 5/7  Switch to the right side  0:05"), "a get-ready step names no place:\n\(result.output)")
    }

    @Test func aScriptWithoutRegionsRunsAndShowsAsBefore() throws {
        let config = try KneadBinary.configFolder(withScripts: ["mine": "Mine"])
        defer { try? FileManager.default.removeItem(at: config) }
        let shown = try KneadBinary.run(["show", "mine"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(shown.status == 0, "\(shown.errors)")
        let lines = shown.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("#  TECHNIQUE") }, "\(shown.output)")
        #expect(lines[header + 1].hasPrefix("1  "), "\(shown.output)")
        #expect(lines.count == header + 2, "the only step ends the plan, with no line of place below it:\n\(shown.output)")
    }
}
