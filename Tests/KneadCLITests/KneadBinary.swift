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

    /// Runs `knead ARGUMENTS` (or another `executable`) with a clean environment plus `environment`,
    /// standard input read from `standardInput` (the null device by default), stopping it after
    /// `timeout` seconds.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], timeout: Double = 20, executable: String = path,
        standardInput: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var variables = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-home", "LANG": "C.UTF-8", "XDG_DATA_HOME": dataFolder.path]
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        if let standardInput {
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: standardInput))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let outputData = ReadInBackground(output.fileHandleForReading)
        let errorData = ReadInBackground(errors.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        return Result(
            status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus,
            output: outputData.text(), errors: errorData.text(), timedOut: timedOut
        )
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
