import Foundation
import Glibc

/// Runs a command in a process group of its own and ends the whole group at a deadline.
///
/// The command starts with an empty signal mask and default signal actions: the test runner's
/// threads block SIGTERM, and a child that inherited that (dbus-daemon, for one) would outlive
/// every polite request to stop and keep the test waiting. Its output goes to files rather than
/// pipes, so nothing that outlives the command can stall a read; and when it ends, whatever it
/// left in its group is killed too.
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

    /// A command that could not be started at all.
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the first an absolute path) with exactly `environment`, its output kept
    /// in `folder`, and kills its process group after `seconds`.
    static func run(_ arguments: [String], environment: [String: String], seconds: Double, folder: URL) throws -> Result {
        let outputPath = folder.appendingPathComponent("command-output.txt").path
        let errorsPath = folder.appendingPathComponent("command-errors.txt").path
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let error = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard error == 0 else { throw LaunchError(description: "cannot start \(arguments[0]): \(String(cString: strerror(error)))") }

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
            status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "",
            timedOut: timedOut
        )
    }
}
