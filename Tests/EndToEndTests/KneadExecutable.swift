import Foundation
import Glibc

/// Finds the `knead` binary that `swift build` put next to the test bundle.
enum KneadExecutable {
    /// The path of the built `knead`, or nil when it is not found.
    ///
    /// On Linux the test bundle is itself an executable (`kneadPackageTests.xctest`), so
    /// `/proc/self/exe` names the build folder; `CommandLine.arguments[0]` and `Bundle.main`
    /// are checked as fallbacks.
    static let path: String? = {
        var folders: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((executable as NSString).deletingLastPathComponent)
        }
        if let first = CommandLine.arguments.first {
            let absolute = first.hasPrefix("/") ? first : FileManager.default.currentDirectoryPath + "/" + first
            folders.append((absolute as NSString).deletingLastPathComponent)
        }
        folders.append(Bundle.main.bundleURL.path)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent().path)
        return folders.map { "\($0)/knead" }.first { access($0, X_OK) == 0 }
    }()
}
