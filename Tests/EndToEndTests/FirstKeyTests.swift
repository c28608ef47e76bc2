import Foundation
import Testing
@testable import KneadUI

/// Every key of every screen's key table, pressed as the very first key the screen gets, in a
/// real terminal: right after start, and right after Ctrl-Z and `fg`, under several terminal
/// types. Both moments follow an `endwin`, after which the terminal's keypad mode and what
/// terminfo expects can disagree, so an arrow arrives in the unexpected form.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct FirstKeyTests {
    @Test(arguments: FirstKeyCase.all(afterResume: false))
    func firstKeyAfterStart(_ testCase: FirstKeyCase) async throws {
        try await TerminalSlots.keyTables.withSlot { try await check(testCase) }
    }

    @Test(arguments: FirstKeyCase.all(afterResume: true))
    func firstKeyAfterResume(_ testCase: FirstKeyCase) async throws {
        try await TerminalSlots.keyTables.withSlot { try await check(testCase) }
    }

    /// The bytes of cursor and paging keys in both keypad modes, and of the application
    /// keypad, with the key each must be read as.
    static let rawSequences: [(bytes: [String], key: Key)] = [
        (["1b", "5b", "42"], .down), (["1b", "4f", "42"], .down), (["1b", "5b", "41"], .up), (["1b", "4f", "41"], .up),
        (["1b", "5b", "48"], .home), (["1b", "4f", "48"], .home), (["1b", "5b", "46"], .end), (["1b", "4f", "46"], .end),
        (["1b", "5b", "31", "7e"], .home), (["1b", "5b", "34", "7e"], .end),
        (["1b", "5b", "35", "7e"], .pageUp), (["1b", "5b", "36", "7e"], .pageDown),
        (["1b", "4f", "4d"], .enter), (["1b", "4f", "72"], .character("2")),
    ]

    @Test(arguments: rawSequences.indices)
    func eitherFormOfAKeySequenceWorksOnThePicker(_ index: Int) async throws {
        let (bytes, key) = Self.rawSequences[index]
        try await TerminalSlots.keyTables.withSlot {
            let knead = try #require(KneadExecutable.path)
            let screen = FirstKeyScreen.picker
            let terminal = try TmuxTerminal(running: [knead] + screen.arguments, width: screen.size.width, height: screen.size.height)
            defer { terminal.close() }
            try #require(await terminal.waitForScreen(containing: screen.marker) != nil)
            // Pressed twice: the first time right after start, the second with the keypad
            // certainly in application mode, where the normal-mode form is the unexpected one.
            // (Enter only once: a second one would start a session, whose clock runs.)
            for round in 1...(key == .enter ? 1 : 2) {
                try terminal.tmux(["send-keys", "-t", terminal.target, "-H"] + bytes)
                let keys = Array(repeating: key, count: round)
                guard case .screen(let expected) = FirstKeyOracle.outcome(of: keys, on: screen) else { return }
                let shown = await terminal.waitForScreen("\(bytes.joined(separator: " ")) read as \(TmuxKeyName.label(for: key)) (\(round)):\n\(TmuxTerminal.framed(expected))") {
                    FirstKeyOracle.normalized($0) == expected
                }
                #expect(shown != nil)
            }
        }
    }

    /// Opens the screen, presses the key, and checks that it did what the key table says.
    private func check(_ testCase: FirstKeyCase) async throws {
        var journal: String?
        if testCase.screen == .courseWarning {
            let copy: String = try #require(FullCourseJournal.copy(), "no copy of the full-course journal")
            journal = copy
        }
        defer { if let journal { try? FileManager.default.removeItem(atPath: (journal as NSString).deletingLastPathComponent) } }
        let terminal = try await open(testCase, journal: journal)
        defer { terminal.close() }
        let before = try terminal.capture()
        try press(testCase.key, on: terminal)
        switch testCase.screen {
        case .picker, .safetyCheck, .courseWarning, .painBefore, .painAfter:
            try await expectOracleOutcome(of: testCase, on: terminal)
        case .session:
            try await expectSessionOutcome(of: testCase.key, on: terminal, before: before)
        case .itHurts:
            if ItHurtsBox(press: 1, alreadyGentle: false, wasRunning: true).choice(for: testCase.key) == .end {
                await terminal.waitForScreen(containing: FirstKeyScreen.painAfter.marker)
            } else {
                await terminal.waitForScreen("the box to close and the session to run again") {
                    !$0.contains(FirstKeyScreen.itHurts.marker) && !$0.contains("PAUSED") && SessionScreenReading($0) != nil
                }
            }
        case .help:
            await terminal.waitForScreen("the help to close, leaving the session paused on step 1") {
                !$0.contains(FirstKeyScreen.help.marker) && !$0.contains(FirstKeyScreen.quitQuestion.marker)
                    && $0.contains("PAUSED") && SessionScreenReading($0)?.step == 1
            }
        case .quitQuestion:
            switch QuitConfirmationCommand.bindings.command(for: testCase.key) {
            case .confirm:
                await terminal.waitForScreen(containing: FirstKeyScreen.painAfter.marker)
            case .keepGoing, nil:
                await terminal.waitForScreen("the question to close, leaving the session paused") {
                    !$0.contains(FirstKeyScreen.quitQuestion.marker) && $0.contains("PAUSED")
                }
            }
        case .finished:
            try await expectExit(0, terminal: terminal, afterResume: testCase.afterResume)
        }
    }

    // MARK: - Opening the screen

    /// Starts knead on the case's screen, directly or from a shell through Ctrl-Z and `fg`,
    /// with the journal at `journal` when one is given.
    private func open(_ testCase: FirstKeyCase, journal: String? = nil) async throws -> TmuxTerminal {
        let knead = try #require(KneadExecutable.path, "the knead binary was not built")
        let screen = testCase.screen
        let arguments = screen.arguments + (journal.map { ["--journal", $0] } ?? [])
        let (width, height) = screen.size
        guard testCase.afterResume else {
            let terminal = try TmuxTerminal(running: [knead] + arguments, width: width, height: height, term: testCase.term)
            try #require(await terminal.waitForScreen(containing: screen.marker) != nil)
            return terminal
        }
        let terminal = try TmuxTerminal(shellWidth: width, height: height, term: testCase.term)
        try #require(await terminal.waitForScreen(containing: "$") != nil)
        try terminal.type("'\(knead)' " + arguments.joined(separator: " "))
        try terminal.sendKeys("Enter")
        try #require(await terminal.waitForScreen(containing: screen.marker) != nil)
        try terminal.sendKeys("C-z")
        try #require(await terminal.waitForScreen(containing: "Stopped") != nil)
        try terminal.type("fg")
        try terminal.sendKeys("Enter")
        try #require(await terminal.waitForScreen("the screen back after fg") {
            $0.contains(screen.marker) && !$0.contains("Stopped")
        } != nil)
        return terminal
    }

    /// Presses one key in the terminal.
    private func press(_ key: Key, on terminal: TmuxTerminal) throws {
        let arguments = try #require(TmuxKeyName.sendKeysArguments(for: key), "tmux cannot press \(key)")
        try terminal.tmux(["send-keys", "-t", terminal.target] + arguments)
    }

    // MARK: - Checking the outcome

    /// Checks a screen that does not change with time against what the app model does with
    /// the same key.
    ///
    /// When the key changes nothing visible (such as `9` with fewer routines), the screen's
    /// sentinel key follows it, so that a key that had gone astray (quitting, say) still shows.
    private func expectOracleOutcome(of testCase: FirstKeyCase, on terminal: TmuxTerminal) async throws {
        var keys = [testCase.key]
        let screen = testCase.screen
        if FirstKeyOracle.outcome(of: keys, on: screen) == FirstKeyOracle.outcome(of: [], on: screen),
           let sentinel = screen.sentinelKey {
            keys.append(sentinel)
            try press(sentinel, on: terminal)
        }
        switch FirstKeyOracle.outcome(of: keys, on: screen) {
        case .exit(let status):
            try await expectExit(status, terminal: terminal, afterResume: testCase.afterResume)
        case .session:
            let shown = await terminal.waitForScreen("the session to begin") { SessionScreenReading($0) != nil }
            #expect(shown != nil)
        case .screen(let expected):
            let shown = await terminal.waitForScreen("the screen the app model draws after the key:\n\(TmuxTerminal.framed(expected))") {
                FirstKeyOracle.normalized($0) == expected
            }
            #expect(shown != nil)
        }
    }

    /// Checks a paused session (step 2, 15 s added) against what the key's command must do.
    private func expectSessionOutcome(of key: Key, on terminal: TmuxTerminal, before: String) async throws {
        let start = try #require(SessionScreenReading(before), "no session header on:\n\(TmuxTerminal.framed(before))")
        let command = try #require(SessionCommand.bindings.command(for: key))
        let paused = { (screen: String) in screen.contains("PAUSED") }
        switch command {
        case .pauseOrResume:
            await terminal.waitForScreen("the session to run again") { !paused($0) && SessionScreenReading($0) != nil }
        case .nextStep:
            await terminal.waitForScreen("step \(start.step + 1), still paused") {
                paused($0) && SessionScreenReading($0)?.step == start.step + 1
            }
        case .back:
            await terminal.waitForScreen("step \(start.step - 1) (back within 3 s), still paused") {
                paused($0) && SessionScreenReading($0)?.step == start.step - 1
            }
        case .restartStep, .removeTime:
            await terminal.waitForScreen("15 s fewer left on step \(start.step)") {
                paused($0) && SessionScreenReading($0) == SessionScreenReading(step: start.step, stepCount: start.stepCount, secondsLeft: start.secondsLeft - 15)
            }
        case .addTime:
            await terminal.waitForScreen("15 s more left on step \(start.step)") {
                paused($0) && SessionScreenReading($0) == SessionScreenReading(step: start.step, stepCount: start.stepCount, secondsLeft: start.secondsLeft + 15)
            }
        case .showHelp:
            await terminal.waitForScreen(containing: FirstKeyScreen.help.marker)
        case .askToQuit:
            await terminal.waitForScreen(containing: FirstKeyScreen.quitQuestion.marker)
        case .itHurts:
            await terminal.waitForScreen(containing: FirstKeyScreen.itHurts.marker)
        }
    }

    /// Waits for knead to exit with `status`: the wrapper's `[exit N]`, or in a shell, the
    /// prompt and then the status echoed.
    private func expectExit(_ status: Int32, terminal: TmuxTerminal, afterResume: Bool) async throws {
        if afterResume {
            try #require(await terminal.waitForScreen("the shell prompt after knead") {
                $0.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                    .trimmingCharacters(in: .whitespaces) == "$"
            } != nil)
            try terminal.type("echo \"[exit $?]\"")
            try terminal.sendKeys("Enter")
        }
        await terminal.waitForScreen(containing: "[exit \(status)]")
    }
}
