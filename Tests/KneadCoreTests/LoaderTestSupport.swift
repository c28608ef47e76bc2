import Foundation
import Testing
@testable import KneadCore

/// Loads `json` as the script `file` and expects exactly the message lines `expected`, in order.
func expectProblems(
    _ json: String, file: String = "t.json", _ expected: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do throws(RoutineLoadError) {
        let routine = try RoutineLoader.load(bytes: Array(json.utf8), fileName: file)
        Issue.record("expected \(expected.count) problem(s), but routine \"\(routine.id)\" loaded", sourceLocation: sourceLocation)
    } catch {
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == expected, sourceLocation: sourceLocation)
        #expect(error.problems.count == expected.count, sourceLocation: sourceLocation)
    }
}

/// Loads `json` as the script `file`, recording an issue with the messages when it does not load.
func expectRoutine(
    _ json: String, file: String = "t.json", sourceLocation: SourceLocation = #_sourceLocation
) -> Routine? {
    do throws(RoutineLoadError) {
        return try RoutineLoader.load(bytes: Array(json.utf8), fileName: file)
    } catch {
        Issue.record("expected the routine to load, got:\n\(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The members of the valid stage that `stageScript` starts from, one line each from line 6.
let defaultStageMembers: [(key: String, json: String)] = [
    ("name", #""Warm-up""#), ("technique", #""stroking""#), ("area", #""neck""#),
    ("duration", "30"), ("instructions", #""Stroke gently.""#),
]

/// A routine with one stage whose `{` is at 5:5 and whose members are on their own lines from
/// line 6, each written as `      "key": value` (so a value starts at column 7 + the key's
/// length + 4). `changes` replace members of `defaultStageMembers` (nil removes one) or are
/// added after them in order.
func stageScript(_ changes: [(key: String, json: String?)] = []) -> String {
    let members = applying(changes, to: defaultStageMembers)
    let lines = members.map { "      \"\($0.key)\": \($0.json)" }.joined(separator: ",\n")
    return """
    {
      "format": 1,
      "title": "Test",
      "stages": [
        {
    \(lines)
        }
      ]
    }
    """
}

/// The one-line stage used by `routineScript`.
let oneLineStage = #"{"name": "N", "technique": "rubbing", "area": "neck", "duration": 30, "instructions": "I"}"#

/// A routine whose top-level members are on their own lines from line 2, each written as
/// `  "key": value` (a value starts at column 3 + the key's length + 4): format, title and
/// stages by default, then added members. `changes` replace (nil removes) or add members.
func routineScript(_ changes: [(key: String, json: String?)] = []) -> String {
    let defaults: [(key: String, json: String)] = [
        ("format", "1"), ("title", #""Test""#), ("stages", "[\(oneLineStage)]"),
    ]
    let members = applying(changes, to: defaults)
    let lines = members.map { "  \"\($0.key)\": \($0.json)" }.joined(separator: ",\n")
    return "{\n\(lines)\n}"
}

private func applying(
    _ changes: [(key: String, json: String?)], to defaults: [(key: String, json: String)]
) -> [(key: String, json: String)] {
    var members = defaults
    for change in changes {
        if let index = members.firstIndex(where: { $0.key == change.key }) {
            if let json = change.json { members[index].json = json } else { members.remove(at: index) }
        } else if let json = change.json {
            members.append((change.key, json))
        }
    }
    return members
}

/// The package's root folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
