import Foundation
import Testing

/// Runs the built `knead` binary as a child process and collects what it printed.
struct KneadBinary {
    /// What one run of the binary printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var timedOut: Bool
    }

    /// The `knead` executable built beside this test bundle.
    static var path: String {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
        return candidates.map { $0.appendingPathComponent("knead").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "knead-not-built"
    }

    /// The package's root folder, found from this source file.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `knead ARGUMENTS` (or another `executable`, by its absolute path) with a clean
    /// environment plus `environment`, standard input read from `standardInput` (the null device
    /// by default), killing it and whatever it started after `timeout` seconds.
    ///
    /// It starts through `BoundedCommand`, not Foundation's `Process`: a `Process` child keeps
    /// the test runner's blocked SIGTERM, and a pipe read waits for anything the child left
    /// running.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], timeout: Double = 20, executable: String = path,
        standardInput: String? = nil
    ) throws -> Result {
        var variables = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-home", "LANG": "C.UTF-8", "XDG_DATA_HOME": dataFolder.path]
        variables.merge(environment) { $1 }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BoundedCommand.run(
            [executable] + arguments, environment: variables, inputPath: standardInput ?? "/dev/null", seconds: timeout, folder: folder
        )
        return Result(status: result.status, output: result.output, errors: result.errors, timedOut: result.timedOut)
    }

    /// A temporary folder to use as `XDG_CONFIG_HOME`, holding a minimal script `NAME.json` with
    /// the given title for each entry of `scripts`; removed by the caller.
    static func configFolder(withScripts scripts: [String: String]) throws -> URL {
        let config = try temporaryFolder()
        let folder = config.appendingPathComponent("knead/sessions")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, title) in scripts {
            try ScriptSamples.minimal(title: title).write(to: folder.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
        }
        return config
    }

    /// The `XDG_DATA_HOME` of every run that names no other: a temporary folder of this test
    /// process, so no run ever writes a journal in a real home.
    static let dataFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-cli-data-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// A temporary folder for scripts, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
