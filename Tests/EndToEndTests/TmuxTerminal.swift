import Foundation
import Glibc
import Testing

/// A real terminal for end-to-end tests: a private tmux server running one pane.
///
/// Each instance starts its own server on a socket in its own temporary folder, so tests can
/// run side by side. The program runs inside `sh -c`, which saves `stty -g` before and after it
/// and then prints `[exit N]`, so a test can wait for the exit status on the screen and compare
/// the terminal settings. The wrapper never shows the cursor itself, so a test can check that
/// the program did. Waiting is always by polling the screen (every 10 ms) up to a
/// deadline; a failed wait records an issue that shows the whole screen.
final class TmuxTerminal {
    /// A tmux command that failed.
    struct CommandError: Error, CustomStringConvertible {
        var description: String
    }

    /// The name of the tmux session.
    static let sessionName = "knead"

    /// Whether tmux is installed.
    static var isAvailable: Bool { ChildProcess.isOnPath("tmux") }

    /// The private folder holding the socket, the stty snapshots and command output.
    let folder: String
    /// The tmux server's socket.
    private let socket: String
    /// The environment tmux commands run with.
    private let environment: [String: String]
    /// The pane's id (such as `%0`): the only unambiguous target, as the window renames itself
    /// after whatever runs in it (`knead`, `bash`).
    private(set) var target = ""
    /// Whether `close()` already ran.
    private var isClosed = false

    /// Starts `arguments` in a fresh pane of `width` × `height`, inside the `[exit N]` wrapper.
    init(running arguments: [String], width: Int = 80, height: Int = 24, term: String = "tmux-256color") throws {
        (folder, socket, environment) = try Self.makeFolder()
        // `trap : INT` keeps the wrapper alive through Ctrl-C (it shares knead's process group)
        // while the program still starts with the default action for SIGINT.
        let script = """
            trap : INT; stty -g > \(folder)/before; "$@"; status=$?; stty -g > \(folder)/after; \
            echo "[exit $status]"; exec sleep 3600
            """
        try start(width: width, height: height, term: term, command: ["sh", "-c", script, "sh"] + arguments)
    }

    /// Starts an interactive shell with job control (for Ctrl-Z and `fg`) and the prompt `$ `.
    init(shellWidth width: Int = 80, height: Int = 24, term: String = "tmux-256color") throws {
        (folder, socket, environment) = try Self.makeFolder()
        try start(width: width, height: height, term: term, command: ["env", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"])
    }

    deinit { close() }

    /// Stops the tmux server (and with it the pane) and deletes the folder.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: - Acting on the terminal

    /// Presses keys, named as tmux names them: `Enter`, `Space`, `Right`, `C-c`, `q`…
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Resizes the window (and its pane) to `width` × `height`.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The text on the screen now, one line per row, trailing blanks removed.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target]).output
    }

    /// The screen as `capture()` gives it, with the escape sequences of its colours and attributes.
    func captureWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target]).output
    }

    /// A tmux format evaluated for the pane, such as `#{cursor_flag}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the pane's cursor is visible.
    func cursorIsVisible() throws -> Bool {
        try display("#{cursor_flag}") == "1"
    }

    /// The process id of the first process named `name` below the pane's shell, if one runs.
    func processID(named name: String) throws -> pid_t? {
        guard let panePID = pid_t(try display("#{pane_pid}")) else { return nil }
        return Self.descendants(of: panePID).first { Self.commandName(of: $0) == name }
    }

    /// The `stty -g` settings saved before the program started (nil in shell mode).
    var settingsBefore: String? { snapshot("before") }
    /// The `stty -g` settings saved after the program ended (nil until it has).
    var settingsAfter: String? { snapshot("after") }

    // MARK: - Waiting

    /// Waits until the screen contains `text`; returns the screen, or nil after recording an issue.
    @discardableResult
    func waitForScreen(
        containing text: String, timeout: Duration = .seconds(5), sourceLocation: SourceLocation = #_sourceLocation
    ) async -> String? {
        await waitForScreen("a screen containing \"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) {
            $0.contains(text)
        }
    }

    /// Waits until `predicate` holds for the screen; returns it, or nil after recording an issue.
    ///
    /// - Parameter description: What is awaited, for the failure message.
    @discardableResult
    func waitForScreen(
        _ description: String, timeout: Duration = .seconds(5), sourceLocation: SourceLocation = #_sourceLocation,
        recordingFailure: Bool = true, matching predicate: (String) -> Bool
    ) async -> String? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        while true {
            do {
                screen = try capture()
            } catch {
                Issue.record(error, "capture-pane failed", sourceLocation: sourceLocation)
                return nil
            }
            if predicate(screen) { return screen }
            if clock.now >= deadline { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        guard recordingFailure else { return nil }
        Issue.record("Waited \(timeout) for \(description). The screen was:\n\(Self.framed(screen))", sourceLocation: sourceLocation)
        return nil
    }

    /// Checks that the screen stays exactly `screen` for `duration`, polling it all the while.
    ///
    /// Returns false (after recording an issue showing both screens) at the first change.
    @discardableResult
    func expectScreenUnchanged(
        from screen: String, for duration: Duration, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + duration
        while clock.now < end {
            guard let now = try? capture() else { return false }
            if now != screen {
                Issue.record(
                    "The screen changed while it should have stood still. Before:\n\(Self.framed(screen))\nAfter:\n\(Self.framed(now))",
                    sourceLocation: sourceLocation
                )
                return false
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// The screen with a frame around it, so trailing blanks and empty rows show in a report.
    static func framed(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let width = lines.map(\.count).max() ?? 0
        let border = "+" + String(repeating: "-", count: width) + "+"
        return ([border] + lines.map { "|" + $0.padding(toLength: width, withPad: " ", startingAt: 0) + "|" } + [border])
            .joined(separator: "\n")
    }

    // MARK: - Running tmux

    /// Runs a tmux command against this terminal's server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> ChildProcess.Result {
        let result = try ChildProcess.run(
            ["tmux", "-f", "/dev/null", "-S", socket] + arguments,
            environment: environment, outputPath: "\(folder)/tmux-output"
        )
        guard result.status == 0 else {
            throw CommandError(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result
    }

    /// Starts the server with one detached session running `command`.
    private func start(width: Int, height: Int, term: String, command: [String]) throws {
        target = try tmux([
            "new-session", "-d", "-P", "-F", "#{pane_id}", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)",
            "-e", "LANG=C.UTF-8", "-e", "TERM=\(term)",
        ] + command).output.trimmingCharacters(in: .whitespacesAndNewlines)
        // Keep the pane as it is if the program dies, so a failure still shows the screen.
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    /// Makes the private folder, and the environment tmux runs with.
    private static func makeFolder() throws -> (String, String, [String: String]) {
        var template = Array("/tmp/knead-e2e-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CommandError(description: "cannot make a temporary folder: \(String(cString: strerror(errno)))")
        }
        let folder = String(cString: made)
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["NO_COLOR"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["TERM"] = "xterm-256color"
        environment["HOME"] = folder
        environment["XDG_CONFIG_HOME"] = "\(folder)/config"
        environment["XDG_STATE_HOME"] = "\(folder)/state"
        environment["XDG_DATA_HOME"] = "\(folder)/data"
        return (folder, "\(folder)/socket", environment)
    }

    /// The contents of a saved `stty -g` snapshot.
    private func snapshot(_ name: String) -> String? {
        (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every process below `root`, parents before children.
    private static func descendants(of root: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry), let parent = parentID(of: pid) else { continue }
            children[parent, default: []].append(pid)
        }
        var found: [pid_t] = []
        var queue = [root]
        while !queue.isEmpty {
            let pid = queue.removeFirst()
            let next = (children[pid] ?? []).sorted()
            found += next
            queue += next
        }
        return found
    }

    /// The parent of `pid`, read from `/proc/PID/stat` (after the command name in parentheses).
    private static func parentID(of pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }

    /// The command name of `pid` (`/proc/PID/comm`).
    private static func commandName(of pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
