#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KneadCore

/// Speaks announcements by starting a speech program, one sentence at a time.
///
/// Each sentence is a child process started with `posix_spawnp` in a process group of its
/// own, with no blocked signals, default signal actions and its standard streams on
/// `/dev/null`, so it can never write on the screen or catch the terminal's Ctrl-C. A new
/// sentence first stops the one still being spoken (its whole process group), so sentences
/// never pile up. The owner calls `reapExited()` when SIGCHLD arrives, and `stop()` before
/// exiting. Nothing here waits for a child.
public final class Speaker {
    /// The signals a speech program gets back at their default action.
    private static let signalsToReset: [Int32] = [
        SIGCHLD, SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU,
    ]

    /// The program, or nil when none was found.
    public let program: SpeakerProgram?
    /// Why nothing is spoken, once that is known; nil while speech works.
    public private(set) var problem: SpeakerProblem?
    /// The words its problem is shown in on the screen.
    public var words: Wording = .english
    /// The process (and process group) of the sentence being spoken, until it is reaped.
    public private(set) var speakingProcess: pid_t?
    /// The stopped sentences not reaped yet.
    private var stoppedProcesses: [pid_t] = []
    /// The environment every sentence starts with, one `NAME=value` C string each.
    private let environment: [UnsafeMutablePointer<CChar>?]

    /// A speaker using `program`, whose children see `environment` plus the language variable.
    public init(program: SpeakerProgram, environment: [String: String]) {
        self.program = program
        self.environment = environment
            .filter { $0.key != SpeakerProgram.languageVariable }
            .map { strdup("\($0.key)=\($0.value)") }
    }

    /// A speaker that stays silent because of `problem`.
    public init(problem: SpeakerProblem) {
        self.program = nil
        self.problem = problem
        self.environment = []
    }

    deinit {
        environment.forEach { free($0) }
    }

    /// Stops what is being said and starts saying `announcement`.
    ///
    /// When the program cannot be started, `problem` says why and nothing is spoken from then on.
    public func speak(_ announcement: Announcement) {
        stop()
        guard let program, !isSilenced else { return }
        let arguments = program.commandLine(saying: announcement.text, language: announcement.language)
        let languageEntry = strdup("\(SpeakerProgram.languageVariable)=\(announcement.language)")
        let argv = arguments.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            free(languageEntry)
        }
        let envp = environment + [languageEntry, nil]
        var pid: pid_t = 0
        let error = Self.spawn(&pid, program.executable, argv, envp)
        if error == 0 {
            speakingProcess = pid
        } else {
            problem = .cannotStart(program: program.name, reason: String(cString: strerror(error)))
        }
    }

    /// Stops the sentence being spoken, if any: its whole process group gets SIGTERM.
    public func stop() {
        guard let speakingProcess else { return }
        kill(-speakingProcess, SIGTERM)
        // It is collected later, when its SIGCHLD arrives.
        self.speakingProcess = nil
        stoppedProcesses.append(speakingProcess)
    }

    /// Whether the speaker has given up: no program, or one that cannot be started.
    private var isSilenced: Bool {
        switch problem {
        case .notFound, .cannotStart: true
        case .failed, nil: false
        }
    }

    /// Collects every sentence's process that has ended, so none is left a zombie; call it on SIGCHLD.
    ///
    /// Only the speaker's own children are waited for, never any other child of the program.
    /// A sentence that ended with a failure status of its own (not stopped by the speaker) is
    /// noted in `problem`.
    public func reapExited() {
        if let pid = speakingProcess, let status = Self.endStatus(of: pid) {
            speakingProcess = nil
            if status != 0, !isSilenced, let program { problem = .failed(program: program.name, status: status) }
        }
        stoppedProcesses.removeAll { Self.endStatus(of: $0) != nil }
    }

    /// The exit status of the child `pid` once it has ended (128 + the signal when one ended it),
    /// collecting it; nil while it runs.
    private static func endStatus(of pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result < 0 && errno == EINTR { continue }
            if result == 0 { return nil }
            // No child of ours any more (ECHILD): nothing more to learn.
            if result < 0 { return 0 }
            return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// Whether a sentence is being spoken or a stopped one has not been collected yet.
    public var hasChildren: Bool { speakingProcess != nil || !stoppedProcesses.isEmpty }

    /// Starts `path` with `argv` and `envp` as a speech child; returns 0 or an `errno` value.
    private static func spawn(
        _ pid: inout pid_t, _ path: String,
        _ argv: [UnsafeMutablePointer<CChar>?], _ envp: [UnsafeMutablePointer<CChar>?]
    ) -> Int32 {
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
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        return posix_spawnp(&pid, path, &actions, &attributes, argv, envp)
    }
}
