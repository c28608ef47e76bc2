import Foundation
import Glibc
import Testing

/// The real `knead` binary in a real terminal (tmux on a private socket): keys, the clock,
/// resizes, and every way out, each of which must give the terminal back as it was.
///
/// Each test runs its own tmux server, so they may run in parallel. Without tmux the suite is
/// skipped, unless the environment variable CI is set: then a missing tmux fails it.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct InteractiveSessionTests {
    /// How much faster than real time sessions run here, so countdowns move quickly.
    static let timeScale = 20

    // MARK: - The clock

    @Test func countdownFallsAndPauseFreezesIt() async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        let start = try #require(SessionScreenReading(try terminal.capture()))
        await terminal.waitForScreen("the session time to fall below \(start.secondsLeft) s") {
            (SessionScreenReading($0)?.secondsLeft ?? .max) < start.secondsLeft
        }

        try terminal.sendKeys("Space")
        let paused = try #require(await terminal.waitForScreen(containing: "PAUSED"))
        // Three scaled seconds: the countdown would have changed at least twice if it ran.
        await terminal.expectScreenUnchanged(from: paused, for: realDuration(ofScaledSeconds: 3))
        let frozen = try #require(SessionScreenReading(paused))

        try terminal.sendKeys("p")
        await terminal.waitForScreen("the countdown to run again") {
            !$0.contains("PAUSED") && (SessionScreenReading($0)?.secondsLeft ?? .max) < frozen.secondsLeft
        }
        try await quitWithConfirmation(terminal)
    }

    // MARK: - Keys

    @Test func keysMoveBetweenStepsAndChangeTheTime() async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        let paused = try await pause(terminal)

        try terminal.sendKeys("n")
        try await waitForReading(terminal, "step \(paused.step + 1)") { $0.step == paused.step + 1 }
        try terminal.sendKeys("Right")
        try await waitForReading(terminal, "step \(paused.step + 2) after →") { $0.step == paused.step + 2 }
        try terminal.sendKeys("Left")
        try await waitForReading(terminal, "step \(paused.step + 1) after ←") { $0.step == paused.step + 1 }
        try terminal.sendKeys("b")
        try await waitForReading(terminal, "step \(paused.step) after b") { $0.step == paused.step }

        let before = try #require(SessionScreenReading(try terminal.capture()))
        try terminal.sendKeys("+")
        try await waitForReading(terminal, "\(before.secondsLeft + 15) s left after +") { $0.secondsLeft == before.secondsLeft + 15 }
        try terminal.sendKeys("-")
        try await waitForReading(terminal, "\(before.secondsLeft) s left after -") { $0.secondsLeft == before.secondsLeft }
        #expect(try terminal.capture().contains("PAUSED"), "moving between steps keeps the session paused")

        try terminal.sendKeys("?")
        await terminal.waitForScreen(containing: "Any key closes this help")
        try terminal.sendKeys("x")
        await terminal.waitForScreen("the help to close") { !$0.contains("Any key closes this help") && $0.contains("PAUSED") }

        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "Quit this session? y/n")
        try terminal.sendKeys("n")
        await terminal.waitForScreen("the question to close") { !$0.contains("Quit this session?") && $0.contains("PAUSED") }
        try await quitWithConfirmation(terminal)
    }

    @Test func escapeAsksBeforeQuittingAndTypedCyrillicIsHarmless() async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        // Letters on keys that have no command, in the Russian layout.
        try terminal.type("жёэ")
        try terminal.sendKeys("Escape")
        await terminal.waitForScreen(containing: "Quit this session? y/n", timeout: .seconds(2))
        try terminal.sendKeys("y")
        try await leaveTheSummarySkippingThePainQuestion(terminal)
        try await expectCleanExit(terminal, status: 0)
    }

    @Test func theRussianLayoutsLettersWorkLikeTheLatinOnesOnTheSameKeys() async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        let start = try #require(SessionScreenReading(try terminal.capture()))
        try terminal.type("з")
        try #require(await terminal.waitForScreen(containing: "PAUSED") != nil)
        try terminal.type("т")
        try await waitForReading(terminal, "step \(start.step + 1) after т (n)") { $0.step == start.step + 1 }
        try terminal.type("з")
        await terminal.waitForScreen("the countdown to run again after з (p)") { !$0.contains("PAUSED") && SessionScreenReading($0) != nil }
        try terminal.type("й")
        await terminal.waitForScreen(containing: "Quit this session? y/n")
        try terminal.type("н")
        await terminal.waitForScreen(containing: "And now, after the session?")
        try terminal.type("ы")
        await terminal.waitForScreen(containing: "Session ended early")
        try terminal.type("ж")
        try await expectCleanExit(terminal, status: 0)
    }

    // MARK: - The picker and colours

    @Test func thePickerOpensARoutineByItsNumberAndComesBackAfterIt() async throws {
        let knead = try kneadBinary()
        let terminal = try TmuxTerminal(running: [knead, "--time-scale", "\(Self.timeScale)"])
        defer { terminal.close() }
        await terminal.waitForScreen(containing: "choose a routine")
        try terminal.sendKeys("2")
        await terminal.waitForScreen("the collar routine's safety check") { $0.contains("Collar zone") && $0.contains("begin") }
        try await beginSkippingThePainQuestion(terminal)
        // Any step will do: on a busy machine the fast clock may be a few steps on already.
        try await waitForReading(terminal, "the session screen") { $0.step >= 1 }
        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "Quit this session? y/n")
        try terminal.sendKeys("y")
        try await leaveTheSummarySkippingThePainQuestion(terminal)
        await terminal.waitForScreen(containing: "choose a routine")
        try terminal.sendKeys("q")
        try await expectCleanExit(terminal, status: 0)
    }

    @Test(arguments: [
        (["run", "collar"], [String: String](), true),
        (["run", "collar", "--no-color"], [:], false),
        (["run", "collar"], ["NO_COLOR": "1"], false),
        (["run", "collar"], ["TERM": "vt100"], false),
    ])
    func coloursFollowTheTerminalNoColorAndTheOption(arguments: [String], environment: [String: String], coloured: Bool) async throws {
        let knead = try kneadBinary()
        let assignments = environment.map { "\($0.key)=\($0.value)" }
        let terminal = try TmuxTerminal(running: ["env"] + assignments + [knead] + arguments)
        defer { terminal.close() }
        await terminal.waitForScreen(containing: "begin")
        try await beginSkippingThePainQuestion(terminal)
        try await waitForReading(terminal, "the session screen") { $0.step == 1 }
        let screen = try terminal.captureWithAttributes()
        let colourCode = /\x1b\[(?:[0-9;]*;)?(?:3[0-7]|38;5;[0-9]+)(?:;[0-9;]*)?m/
        #expect((screen.firstMatch(of: colourCode) != nil) == coloured, "colour codes \(coloured ? "missing" : "present"):\n\(screen)")
        #expect(screen.contains("\u{1b}["), "bold and reverse video still mark the screen")
        try await quitWithConfirmation(terminal)
    }

    @Test(arguments: [true, false])
    func theBellRingsWhenAStepStartsOnlyWhenAskedFor(bell: Bool) async throws {
        let knead = try kneadBinary()
        let terminal = try TmuxTerminal(running: [knead, "run", "collar"] + (bell ? ["--bell"] : []))
        defer { terminal.close() }
        let output = "\(terminal.folder)/pane-output"
        try terminal.tmux(["pipe-pane", "-t", terminal.target, "-o", "cat > '\(output)'"])
        await terminal.waitForScreen(containing: "begin")
        try await beginSkippingThePainQuestion(terminal)
        try await waitForReading(terminal, "the first step") { $0.step == 1 }
        for step in 2...3 {
            try terminal.sendKeys("n")
            try await waitForReading(terminal, "step \(step)") { $0.step == step }
        }
        try await quitWithConfirmation(terminal)
        // The pane's copy is written by another process: wait until it holds the whole session.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(3)
        var bytes = Data()
        repeat {
            bytes = (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data()
            if String(decoding: bytes, as: UTF8.self).contains("[exit 0]") { break }
            try await Task.sleep(for: .milliseconds(10))
        } while clock.now < deadline
        #expect(String(decoding: bytes, as: UTF8.self).contains("[exit 0]"), "the pane's output was not all copied")
        let bells = bytes.filter { $0 == 0x07 }.count
        if bell {
            #expect(bells >= 3, "one bell as each of three steps starts, found \(bells)")
        } else {
            #expect(bells == 0, "no bell without --bell, found \(bells)")
        }
    }

    // MARK: - Text from scripts

    @Test func aScriptCannotSteerTheTerminal() async throws {
        let knead = try kneadBinary()
        let script = try writeScript(named: "evil", """
            {"format": 1, "title": "Evil\\u001b]2;pwned\\u0007\\u001b[2J",
             "stages": [{"name": "Move\\u001b[31m", "technique": "stroking", "area": "neck", "duration": 30,
                         "instructions": "Press\\u001b[H\\u001b[2Jhere"}]}
            """)
        defer { try? FileManager.default.removeItem(atPath: script.folder) }
        let terminal = try TmuxTerminal(running: [knead, "run", script.path])
        defer { terminal.close() }
        let titleBefore = try terminal.display("#{pane_title}")
        await terminal.waitForScreen(containing: "Evil␛]2;pwned␇␛[2J")
        try await beginSkippingThePainQuestion(terminal)
        await terminal.waitForScreen("the session with its texts made visible") {
            $0.contains("Move␛[31m") && $0.contains("Press␛[H␛[2Jhere") && SessionScreenReading($0) != nil
        }
        #expect(try terminal.display("#{pane_title}") == titleBefore, "a script must not set the terminal's title")
        try await quitWithConfirmation(terminal)
    }

    // MARK: - Resizing

    @Test func redrawsAtEverySizeItIsGiven() async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        _ = try await pause(terminal)

        try terminal.resize(width: 30, height: 10)
        await terminal.waitForScreen("a 30×10 session screen, short header and PAUSED") {
            Self.rows($0).count == 10 && $0.contains("PAUSED") && $0.contains(/\d+\/\d+ · \d+:\d\d/)
                && Self.rows($0).allSatisfy { $0.count <= 30 }
        }
        try terminal.resize(width: 200, height: 60)
        await terminal.waitForScreen("a 200×60 session screen with the full header") {
            Self.rows($0).count == 60 && SessionScreenReading($0) != nil && $0.contains("PAUSED · Space or p: resume")
        }
        try terminal.resize(width: 12, height: 3)
        await terminal.waitForScreen("the request for a larger terminal") {
            $0.contains("larger") || $0.contains("Make")
        }
        try terminal.resize(width: 1, height: 1)
        try terminal.resize(width: 80, height: 24)
        await terminal.waitForScreen("the 80×24 session screen again") {
            SessionScreenReading($0) != nil && $0.contains("PAUSED · Space or p: resume")
        }
        try await quitWithConfirmation(terminal)
    }

    // MARK: - Ways out

    /// A way to end the program from outside, and the status the shell should see.
    enum Interruption: String, CaseIterable, CustomTestStringConvertible {
        case controlC, sigterm, sighup

        var status: Int32 {
            switch self {
            case .controlC: 130
            case .sigterm: 143
            case .sighup: 129
            }
        }

        var testDescription: String { rawValue }
    }

    @Test(arguments: Interruption.allCases)
    func signalsRestoreTheTerminalAndExitWithTheirStatus(_ interruption: Interruption) async throws {
        let terminal = try await startSession()
        defer { terminal.close() }
        switch interruption {
        case .controlC:
            try terminal.sendKeys("C-c")
        case .sigterm, .sighup:
            let pid = try #require(try terminal.processID(named: "knead"), "knead is not running in the pane")
            #expect(kill(pid, interruption == .sigterm ? SIGTERM : SIGHUP) == 0)
        }
        try await expectCleanExit(terminal, status: interruption.status)
    }

    @Test func controlZStopsItAndFgBringsItBackPaused() async throws {
        let knead = try kneadBinary()
        let terminal = try await startSessionInShell(
            knead: knead, arguments: ["run", "collar", "--time-scale", "\(Self.timeScale)"], savingSettings: true
        )
        defer { terminal.close() }
        try await waitForReading(terminal, "the session screen") { _ in true }

        try await pressControlZ(terminal)
        #expect(try terminal.cursorIsVisible(), "the cursor shows at the shell prompt while knead is stopped")

        try terminal.type("fg")
        try terminal.sendKeys("Enter")
        let back = try #require(await terminal.waitForScreen("the session redrawn, paused") {
            SessionScreenReading($0) != nil && $0.contains("PAUSED") && !$0.contains("Stopped") && $0.contains("q: quit")
        })
        await terminal.expectScreenUnchanged(from: back, for: realDuration(ofScaledSeconds: 3))

        try terminal.sendKeys("Space")
        await terminal.waitForScreen("the countdown to run again") { !$0.contains("PAUSED") && SessionScreenReading($0) != nil }
        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "Quit this session? y/n")
        try terminal.sendKeys("y")
        try await leaveTheSummarySkippingThePainQuestion(terminal)
        await terminal.waitForScreen("the shell prompt after knead") {
            Self.rows($0).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces) == "$"
        }
        try terminal.type("status=$?; stty -g > \(terminal.folder)/after; echo \"[exit $status]\"")
        try terminal.sendKeys("Enter")
        try await expectCleanExit(terminal, status: 0)
    }

    @Test func controlZIsNeverLostWhileTheScreenRedrawsOften() async throws {
        let knead = try kneadBinary()
        // At a hundred times real speed the countdown redraws about a hundred times a second.
        // One move of two hours lasts 72 real seconds at that speed: ten rounds on a loaded
        // machine never reach the session's end (twenty minutes of lumbar could).
        let script = try writeScript(named: "long", """
            {"format": 1, "title": "Long stroking",
             "stages": [{"name": "Stroking", "technique": "stroking", "area": "lower back", "duration": 7200,
                         "instructions": "Stroke the lower back slowly."}]}
            """)
        defer { try? FileManager.default.removeItem(atPath: script.folder) }
        let terminal = try await startSessionInShell(knead: knead, arguments: ["run", script.path, "--time-scale", "100"])
        defer { terminal.close() }
        for round in 1...10 {
            try await waitForReading(terminal, "the countdown running (round \(round))", timeout: .seconds(20)) { _ in true }
            try await pressControlZ(terminal)
            try terminal.type("fg")
            try terminal.sendKeys("Enter")
            // Generous deadlines: the whole suite runs beside this test on two cores, and a wait
            // ends as soon as the screen matches.
            await terminal.waitForScreen("the session back, paused (round \(round))", timeout: .seconds(20)) {
                SessionScreenReading($0) != nil && $0.contains("PAUSED") && !$0.contains("Stopped")
            }
            try terminal.sendKeys("Space")
            await terminal.waitForScreen("the countdown to run again (round \(round))", timeout: .seconds(20)) {
                !$0.contains("PAUSED") && SessionScreenReading($0) != nil
            }
        }
        try terminal.sendKeys("C-c")
        await terminal.waitForScreen("the shell prompt after Ctrl-C") {
            Self.rows($0).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces) == "$"
        }
    }

    /// Presses Ctrl-Z once and waits for the shell to report the job stopped.
    ///
    /// One press must do: ncurses, left to itself, sets SIGTSTP to "ignore" around each screen
    /// update, which throws away a Ctrl-Z pressed at that moment; the shell prevents that
    /// (`SignalChannel.installSilentHandler`).
    private func pressControlZ(_ terminal: TmuxTerminal, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try terminal.sendKeys("C-z")
        await terminal.waitForScreen(
            "the shell to report knead stopped after one Ctrl-Z", timeout: .seconds(10), sourceLocation: sourceLocation
        ) { $0.contains("Stopped") }
    }

    // MARK: - Cost

    @Test func idleCountdownWritesFewBytesAndWakesAboutOncePerSecond() async throws {
        let terminal = try await startSession(timeScale: 1)
        defer { terminal.close() }
        let pid = try #require(try terminal.processID(named: "knead"))
        let output = "\(terminal.folder)/pane-output"
        try terminal.tmux(["pipe-pane", "-t", terminal.target, "-o", "cat > '\(output)'"])

        // Measure over three whole ticks of the countdown, from one change to the third after it.
        var reading = try #require(SessionScreenReading(try terminal.capture()))
        reading = try await waitForReading(terminal, "the next second", timeout: .seconds(3)) { $0.secondsLeft < reading.secondsLeft }
        let clock = ContinuousClock()
        let start = clock.now
        let bytesBefore = Self.fileSize(output)
        let wakeUpsBefore = try #require(Self.voluntaryContextSwitches(of: pid))
        let target = reading.secondsLeft - 3
        try await waitForReading(terminal, "three more seconds", timeout: .seconds(5)) { $0.secondsLeft <= target }
        let seconds = (clock.now - start) / .seconds(1)
        let bytesPerSecond = Double(Self.fileSize(output) - bytesBefore) / seconds
        let wakeUpsPerSecond = Double(try #require(Self.voluntaryContextSwitches(of: pid)) - wakeUpsBefore) / seconds
        print("idle countdown: \(Int(bytesPerSecond)) bytes/s, \(wakeUpsPerSecond) wake-ups/s over \(seconds) s")
        #expect(bytesPerSecond < 200, "an idle countdown must write well under 200 bytes a second")
        #expect(wakeUpsPerSecond < 4, "an idle countdown should wake about once a second")
        try await quitWithConfirmation(terminal)
    }

    // MARK: - Helpers

    /// Starts `knead run collar` in a fresh 80×24 terminal and begins the session past its safety check.
    private func startSession(
        timeScale: Int = timeScale, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TmuxTerminal {
        let knead = try kneadBinary(sourceLocation: sourceLocation)
        let terminal = try TmuxTerminal(running: [knead, "run", "collar", "--time-scale", "\(timeScale)"])
        await terminal.waitForScreen(containing: "begin", sourceLocation: sourceLocation)
        try await beginSkippingThePainQuestion(terminal, sourceLocation: sourceLocation)
        try #require(
            await terminal.waitForScreen("the session screen", sourceLocation: sourceLocation) { SessionScreenReading($0) != nil } != nil,
            sourceLocation: sourceLocation
        )
        return terminal
    }

    /// The built `knead` binary, after checking that tmux is there; fails the test at once otherwise.
    private func kneadBinary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try requireTools(sourceLocation: sourceLocation)
        return try #require(KneadExecutable.path, "the knead binary was not found next to the tests", sourceLocation: sourceLocation)
    }

    /// Writes `json` as the routine script `NAME.json` in a scratch folder of its own; the
    /// caller removes the folder.
    private func writeScript(named name: String, _ json: String) throws -> (folder: String, path: String) {
        let folder = try #require(ScratchFolder.make(named: name))
        let path = "\(folder)/\(name).json"
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    /// Starts an interactive shell, runs `knead ARGUMENTS` in it (saving `stty -g` first when
    /// asked) and begins the session past its safety check.
    private func startSessionInShell(
        knead: String, arguments: [String], savingSettings: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(shellWidth: 80, height: 24)
        await terminal.waitForScreen(containing: "$", sourceLocation: sourceLocation)
        let save = savingSettings ? "stty -g > \(terminal.folder)/before; " : ""
        try terminal.type(save + "'\(knead)' " + arguments.joined(separator: " "))
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "begin", sourceLocation: sourceLocation)
        try await beginSkippingThePainQuestion(terminal, sourceLocation: sourceLocation)
        return terminal
    }

    /// Fails the test at once when tmux is missing (the suite only runs then with CI set).
    private func requireTools(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set", sourceLocation: sourceLocation)
    }

    /// Pauses the session and returns what the header said then.
    private func pause(_ terminal: TmuxTerminal, sourceLocation: SourceLocation = #_sourceLocation) async throws -> SessionScreenReading {
        try terminal.sendKeys("Space")
        let screen = try #require(await terminal.waitForScreen(containing: "PAUSED", sourceLocation: sourceLocation), sourceLocation: sourceLocation)
        return try #require(SessionScreenReading(screen), sourceLocation: sourceLocation)
    }

    /// Waits until the session header satisfies `predicate`, and returns it.
    @discardableResult
    private func waitForReading(
        _ terminal: TmuxTerminal, _ description: String, timeout: Duration = .seconds(5),
        sourceLocation: SourceLocation = #_sourceLocation, matching predicate: (SessionScreenReading) -> Bool
    ) async throws -> SessionScreenReading {
        let screen = await terminal.waitForScreen(description, timeout: timeout, sourceLocation: sourceLocation) {
            SessionScreenReading($0).map(predicate) ?? false
        }
        return try #require(screen.flatMap(SessionScreenReading.init), sourceLocation: sourceLocation)
    }

    /// Quits with q and y, then checks the exit status and the terminal.
    private func quitWithConfirmation(_ terminal: TmuxTerminal, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "Quit this session? y/n", sourceLocation: sourceLocation)
        try terminal.sendKeys("y")
        try await leaveTheSummarySkippingThePainQuestion(terminal, sourceLocation: sourceLocation)
        try await expectCleanExit(terminal, status: 0, sourceLocation: sourceLocation)
    }

    /// Begins from the safety check, `n` when it asks about the contraindications (each test's
    /// journal is new) and Enter for a routine without any, and skips the pain question with `s`.
    private func beginSkippingThePainQuestion(_ terminal: TmuxTerminal, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try terminal.sendKeys(try terminal.capture().contains("Do any of these apply to you?") ? "n" : "Enter")
        await terminal.waitForScreen(containing: "How much does it hurt now?", sourceLocation: sourceLocation)
        try terminal.sendKeys("s")
    }

    /// After a session ends: skips the question about the pain, then leaves the summary.
    private func leaveTheSummarySkippingThePainQuestion(_ terminal: TmuxTerminal, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        await terminal.waitForScreen(containing: "And now, after the session?", sourceLocation: sourceLocation)
        try terminal.sendKeys("s")
        await terminal.waitForScreen(containing: "Any key", sourceLocation: sourceLocation)
        try terminal.sendKeys("x")
    }

    /// Waits for `[exit status]`, then checks that the terminal settings and the cursor are back.
    private func expectCleanExit(
        _ terminal: TmuxTerminal, status: Int32, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try #require(
            await terminal.waitForScreen(containing: "[exit \(status)]", sourceLocation: sourceLocation) != nil,
            sourceLocation: sourceLocation
        )
        let before = try #require(terminal.settingsBefore, "no stty snapshot from before", sourceLocation: sourceLocation)
        #expect(terminal.settingsAfter == before, "stty -g differs after knead exited", sourceLocation: sourceLocation)
        #expect(try terminal.cursorIsVisible(), "the cursor is hidden after knead exited", sourceLocation: sourceLocation)
    }

    /// The real time that `seconds` of session time take at the tests' time scale.
    private func realDuration(ofScaledSeconds seconds: Int) -> Duration {
        .milliseconds(seconds * 1000 / Self.timeScale)
    }

    /// The rows of a captured screen.
    private static func rows(_ screen: String) -> [Substring] {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The size of a file, or 0 when it does not exist yet.
    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// How many times `pid` has given up the processor voluntarily (each sleep in `poll` counts one).
    private static func voluntaryContextSwitches(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("voluntary_ctxt_switches:") }
        return line.flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
    }
}
