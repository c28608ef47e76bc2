import Foundation
import Glibc

/// Runs a helper command (tmux, mostly) to completion and returns its status and output.
///
/// Uses `posix_spawnp` rather than Foundation's `Process`, which hangs when the child starts a
/// tmux server (the server keeps an inherited descriptor open). The child gets an empty signal
/// mask and default signal actions, whatever the test runner blocked or ignored; otherwise a
/// tmux server started from here never reaps its panes. Output goes through a file, not a
/// pipe, so a daemon that keeps a descriptor cannot stall the read.
enum ChildProcess {
    /// What a finished command left behind.
    struct Result {
        /// The exit status, or 128 + the signal number when a signal ended it.
        var status: Int32
        /// Standard output and standard error, interleaved.
        var output: String
    }

    /// A command that could not be started at all.
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// The signals whose actions the child gets back as default.
    private static let signalsToReset: [Int32] = [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGTSTP]

    /// Runs `arguments` (looked up in PATH) with `environment`, writing its output to `outputPath`.
    static func run(_ arguments: [String], environment: [String: String], outputPath: String) throws -> Result {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in signalsToReset { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard error == 0 else {
            throw LaunchError(description: "cannot start \(arguments[0]): \(String(cString: strerror(error)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, output: output)
    }

    /// Whether an executable named `name` is on the PATH.
    static func isOnPath(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
    }
}
