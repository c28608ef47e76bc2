import Foundation
import Testing
@testable import KneadCore

/// Loading from files: reading, file names in messages, and the worked example of the docs.
struct LoaderFileTests {
    private func temporaryFile(named name: String, contents: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    @Test func fileLoadsWithItsBaseNameAsID() throws {
        let path = try temporaryFile(named: "Evening Neck.json", contents: routineScript())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let routine = try RoutineLoader.load(contentsOf: path)
        #expect(routine.id == "evening-neck")
    }

    @Test func messagesNameTheFileAsGiven() throws {
        let path = try temporaryFile(named: "bad.json", contents: "{\n}")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: RoutineLoadError(fileName: path, problems: [
            RoutineProblem(line: 1, column: 1, path: "", message: #"missing required key "format""#),
            RoutineProblem(line: 1, column: 1, path: "", message: #"missing required key "title""#),
            RoutineProblem(line: 1, column: 1, path: "", message: #"missing required key "stages""#),
        ])) {
            try RoutineLoader.load(contentsOf: path)
        }
    }

    @Test func unreadableFileIsOneProblemWithoutPosition() {
        let path = "/nonexistent-knead-folder/collar.json"
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(contentsOf: path)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.path == nil)
            #expect(error.description == "\(path): error: cannot read the file: No such file or directory")
        }
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(contentsOf: FileManager.default.temporaryDirectory.path)
            Issue.record("a folder loaded")
        } catch {
            #expect(error.description.hasSuffix(": error: cannot read the file: not a regular file (a directory)"))
        }
    }

    @Test func workedExampleOfTheDocsLoads() throws {
        let documentation = try String(contentsOf: packageRoot.appendingPathComponent("docs/script-format.md"), encoding: .utf8)
        let opening = try #require(documentation.range(of: "```json\n"), "docs/script-format.md has no ```json block")
        let closing = try #require(documentation.range(of: "\n```", range: opening.upperBound..<documentation.endIndex))
        let example = String(documentation[opening.upperBound..<closing.lowerBound])
        let routine = try #require(expectRoutine(example, file: "neck-evening.json"))
        #expect(routine.stages.count >= 2)
        #expect(routine.stages.contains { !$0.sides.isEmpty })
        #expect(!routine.safety.isEmpty)
        #expect(routine.course != nil)
    }
}
