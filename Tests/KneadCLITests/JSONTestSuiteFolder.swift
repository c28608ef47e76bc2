import Foundation

/// Where the public JSON parsing test suite sits beside the repository, if it does.
enum JSONTestSuiteFolder {
    static var url: URL? {
        let folder = KneadBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/JSONTestSuite")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
