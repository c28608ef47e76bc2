import Foundation
import Testing

@Suite("knead validate")
struct ValidateCommandTests {
    @Test func aValidScriptGetsAnOkLine() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("neck.json")
        try ScriptSamples.minimal(title: "Neck").write(to: script, atomically: true, encoding: .utf8)
        let result = try KneadBinary.run(["validate", script.path])
        #expect(result.status == 0)
        #expect(result.output == "\(script.path): ok (neck, 1 step, 0:30)\n")
    }

    @Test func everyBundledScriptIsValid() throws {
        let sessions = KneadBinary.packageRoot.appendingPathComponent("Sessions")
        let files = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 10)
        let result = try KneadBinary.run(["validate"] + files.map { sessions.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == files.count)
    }

    @Test func anInvalidScriptIsReportedWithItsFieldPathsAndExitsOne() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.json")
        let bad = folder.appendingPathComponent("bad.json")
        try ScriptSamples.minimal(title: "Good").write(to: good, atomically: true, encoding: .utf8)
        try """
        {
          "format": 1,
          "title": "Bad",
          "stages": [
            {"name": "A", "technique": "kneeding", "area": "neck", "duraton": 30, "instructions": "x"}
          ]
        }
        """.write(to: bad, atomically: true, encoding: .utf8)
        let result = try KneadBinary.run(["validate", good.path, bad.path])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(good.path): ok"))
        #expect(result.errors.split(separator: "\n").count == 3, "one line per problem:\n\(result.errors)")
        #expect(result.errors.contains("stages[0]: missing required key \"duration\""), "\(result.errors)")
        #expect(result.errors.contains("\(bad.path):5:"), "\(result.errors)")
        #expect(result.errors.contains("unknown technique \"kneeding\"; did you mean \"kneading\"?"), "\(result.errors)")
        #expect(result.errors.contains("did you mean \"duration\"?"), "\(result.errors)")
    }

    @Test func aSyntaxErrorNamesTheLineAndColumn() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("broken.json")
        try "{\n  \"format\": 1,\n  \"title\": \"x\"\n  \"stages\": []\n}\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try KneadBinary.run(["validate", bad.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("\(bad.path):4:3: error: "), "\(result.errors)")
    }

    @Test func aMissingFileIsAnErrorNotACrash() throws {
        let result = try KneadBinary.run(["validate", "/nonexistent/routine.json"])
        #expect(result.status == 1)
        #expect(result.errors.contains("/nonexistent/routine.json"))
    }

    @Test func noFileIsAUsageError() throws {
        let result = try KneadBinary.run(["validate"])
        #expect(result.status == 64)
    }

    @Test(.enabled(if: JSONTestSuiteFolder.url != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func theJSONTestSuiteGetsAnAnswerForEveryFileAndNeverACrash() throws {
        let folder = try #require(JSONTestSuiteFolder.url, "the JSON test suite is missing beside the repository")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 300)
        let result = try KneadBinary.run(["validate"] + files.map { folder.appendingPathComponent($0).path }, timeout: 60)
        let routineProblem = /:\d+:\d+: error: [A-Za-z0-9_.\[\]]+:\s/
        #expect(!result.timedOut)
        #expect(result.status == 1, "one exit for all files, no crash: \(result.status)")
        for file in files {
            let lines = result.errors.split(separator: "\n").filter { $0.hasPrefix(folder.appendingPathComponent(file).path + ":") }
            #expect(!lines.isEmpty, "no answer for \(file)")
            let isSyntaxError = lines.count == 1 && lines[0].firstMatch(of: routineProblem) == nil
            if file.hasPrefix("n_") { #expect(isSyntaxError, "\(file) should be rejected as JSON: \(lines)") }
            if file.hasPrefix("y_") { #expect(!isSyntaxError, "\(file) is valid JSON, so a routine error: \(lines)") }
        }
    }
}
