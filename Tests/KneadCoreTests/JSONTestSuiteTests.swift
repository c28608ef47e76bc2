import Foundation
import Testing
@testable import KneadCore

/// Every file of the JSONTestSuite (`../shared/testdata/JSONTestSuite` from the package root):
/// `y_` files are valid JSON but not routines, `n_` files are syntax errors, `i_` files may go
/// either way; none may crash or hang.
struct JSONTestSuiteTests {
    static let directory = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/testdata/JSONTestSuite").path
    static let isPresent = FileManager.default.fileExists(atPath: directory)
    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let fileNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".json") }
        .sorted()

    @Test(.enabled(if: isCI, "the suite must be present on CI"))
    func suiteIsPresentOnCI() {
        #expect(Self.isPresent, "JSONTestSuite not found at \(Self.directory); check out the shared test data next to the package")
        #expect(Self.fileNames.count > 300, "JSONTestSuite at \(Self.directory) has only \(Self.fileNames.count) files")
    }

    @Test(
        .enabled(if: isPresent, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite; skipped"),
        .timeLimit(.minutes(1)),
        arguments: fileNames
    )
    func loadingNeverCrashesAndClassifiesTheFile(fileName: String) {
        let path = Self.directory + "/" + fileName
        do throws(RoutineLoadError) {
            let routine = try RoutineLoader.load(contentsOf: path)
            #expect(fileName.hasPrefix("i_"), "\(fileName) loaded as routine \(routine.id)")
        } catch {
            #expect(!error.problems.isEmpty)
            let isSyntaxError = error.problems.count == 1 && error.problems[0].path == nil
            if fileName.hasPrefix("y_") {
                #expect(!isSyntaxError, "\(fileName) is valid JSON, but: \(error)")
                #expect(error.problems.allSatisfy { $0.path != nil && $0.line >= 1 && $0.column >= 1 })
            } else if fileName.hasPrefix("n_") {
                #expect(isSyntaxError, "\(fileName) is not valid JSON, but: \(error)")
                #expect(error.problems.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            }
        }
    }
}
