import Foundation

/// A running `knead`, its standard output read as it comes.
final class RunningKnead {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private(set) var printed = ""

    /// Starts `knead ARGUMENTS` with a clean environment plus `environment`.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: KneadBinary.path)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-home", "LANG": "C.UTF-8", "XDG_DATA_HOME": KneadBinary.dataFolder.path]
            .merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Reads standard output until it contains `text` or the process ends; true when it did.
    func waitForOutput(containing text: String) -> Bool {
        while !printed.contains(text) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return false }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        return true
    }

    /// Waits for the end, and returns the status and what was printed on standard error.
    func finish() -> (status: Int32, errors: String) {
        let errorText = ReadInBackground(errors.fileHandleForReading)
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, errorText.text())
    }
}
