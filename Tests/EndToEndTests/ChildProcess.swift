import Foundation
import Glibc
import KneadTestSupport

/// Runs a helper command (tmux, mostly) to completion and returns its status and output.
///
/// Starts it through `ChildSpawn` rather than Foundation's `Process`, which hangs when the child
/// starts a tmux server (the server keeps an inherited descriptor open); `ChildSpawn` also gives
/// it default signal actions, without which a tmux server started from here never reaps its panes.
enum ChildProcess {
    /// What a finished command left behind.
    struct Result {
        /// The exit status, or 128 + the signal number when a signal ended it.
        var status: Int32
        /// Standard output and standard error, interleaved.
        var output: String
    }

    /// Runs `arguments` (looked up in PATH) with `environment`, writing its output to `outputPath`.
    static func run(_ arguments: [String], environment: [String: String], outputPath: String) throws -> Result {
        let pid = try ChildSpawn.start(arguments, environment: environment, outputPath: outputPath, searchingPath: true)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Result(status: ChildSpawn.exitStatus(status), output: output)
    }

    /// Whether an executable named `name` is on the PATH.
    static func isOnPath(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
    }
}
