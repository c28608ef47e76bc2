import Foundation
import Glibc
import KneadTestSupport

/// Runs a command in a process group of its own and ends the whole group at a deadline.
///
/// The command starts through `ChildSpawn` (no signal blocked, output into files), so a child
/// such as dbus-daemon stops when asked; and when it ends, whatever it left in its group is
/// killed too.
enum BoundedCommand {
    /// How the command ended and what it printed.
    struct Result {
        /// The exit status, or 128 + the signal number when a signal ended it.
        var status: Int32
        var output: String
        var errors: String
        /// Whether the deadline came first and the group was killed.
        var timedOut: Bool
    }

    /// Runs `arguments` (the first an absolute path) with exactly `environment`, its standard
    /// input read from `inputPath`, its output kept in `folder`, and kills its process group
    /// after `seconds`.
    static func run(
        _ arguments: [String], environment: [String: String], inputPath: String = "/dev/null", seconds: Double, folder: URL
    ) throws -> Result {
        let outputPath = folder.appendingPathComponent("command-output.txt").path
        let errorsPath = folder.appendingPathComponent("command-errors.txt").path
        let child = try ChildSpawn.start(
            arguments, environment: environment, inputPath: inputPath, outputPath: outputPath, errorsPath: errorsPath,
            ownProcessGroup: true
        )
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let reaped = waitpid(child, &status, WNOHANG)
            if reaped == child || (reaped < 0 && errno != EINTR) { break }
            if Date() >= deadline {
                timedOut = true
                kill(-child, SIGKILL)
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(5_000)
        }
        // Whatever the command started and left behind in its group goes with it.
        kill(-child, SIGKILL)
        return Result(
            status: ChildSpawn.exitStatus(status),
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "",
            timedOut: timedOut
        )
    }
}
