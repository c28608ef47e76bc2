import Glibc

/// Starts a helper program for a test the way every test must: no signal blocked and every
/// signal's action back to its default, standard input from a file (`/dev/null` unless given),
/// and its output into files rather than pipes.
///
/// The test runner's threads block SIGTERM and ignore some signals; a child that inherited that
/// would outlive every polite request to stop (a tmux server would never reap its panes,
/// dbus-daemon would never leave), and a daemon that kept a pipe open would stall a read.
public enum ChildSpawn {
    /// A program that could not be started at all.
    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `arguments` with exactly `environment`, its standard input read from `inputPath`,
    /// its standard output written to `outputPath` and its standard error to `errorsPath` (to
    /// the same file when nil).
    ///
    /// - Parameters:
    ///   - searchingPath: whether the program is looked up in `PATH` rather than given by its path.
    ///   - ownProcessGroup: whether it leads a process group of its own, so the group can be
    ///     killed with whatever it started.
    /// - Returns: its process id.
    public static func start(
        _ arguments: [String], environment: [String: String], inputPath: String = "/dev/null", outputPath: String, errorsPath: String? = nil,
        searchingPath: Bool = false, ownProcessGroup: Bool = false
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let errorsPath {
            posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        } else {
            posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)
        }

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        var error: Int32 = 0
        var busyWaits = 0
        repeat {
            error = searchingPath
                ? posix_spawnp(&child, arguments[0], &actions, &attributes, argv, envp)
                : posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
            if error == ETXTBSY { busyWaits += 1; usleep(10_000) }
        } while error == ETXTBSY && busyWaits < busyWaitLimit
        guard error == 0 else { throw LaunchError(description: "cannot start \(arguments[0]): \(String(cString: strerror(error)))") }
        return child
    }

    /// How many times, 10 ms apart, a program just copied is tried again while Linux calls it
    /// busy: another test's child may hold the copy's descriptor between its fork and its exec.
    private static let busyWaitLimit = 300

    /// The exit status `waitpid` reported as a shell gives it: the code, or 128 + the signal
    /// number when a signal ended the program.
    public static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
