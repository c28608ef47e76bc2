import Foundation
import Glibc
import Testing

/// When knead itself crashes with its screen up, the terminal is still given back as it was.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct CrashRescueTests {
    /// The signal a Swift runtime trap raises on this processor.
    private static let trapSignal: Int32 = {
        #if arch(x86_64)
        SIGILL
        #else
        SIGTRAP
        #endif
    }()

    @Test func aRuntimeTrapMidSessionRestoresTheTerminal() async throws {
        let knead = try #require(KneadExecutable.path)
        let terminal = try TmuxTerminal(running: [
            knead, "run", "collar", "--start-keys", "n,s", "--time-scale", "40", "--test-trap-at-step", "3",
        ])
        defer { terminal.close() }
        try await expectRestored(terminal, status: 128 + Self.trapSignal)
    }

    @Test(arguments: [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT])
    func aFatalSignalMidSessionRestoresTheTerminal(_ signal: Int32) async throws {
        let knead = try #require(KneadExecutable.path)
        let terminal = try TmuxTerminal(running: [knead, "run", "collar", "--start-keys", "n,s"])
        defer { terminal.close() }
        try #require(await terminal.waitForScreen("the session screen") { SessionScreenReading($0) != nil } != nil)
        let pid = try #require(try terminal.processID(named: "knead"))
        #expect(kill(pid, signal) == 0)
        try await expectRestored(terminal, status: 128 + signal)
    }

    /// Waits for knead to die with `status`, then checks the settings, the cursor and the screen.
    private func expectRestored(_ terminal: TmuxTerminal, status: Int32) async throws {
        try #require(await terminal.waitForScreen(containing: "[exit \(status)]", timeout: .seconds(10)) != nil)
        let before = try #require(terminal.settingsBefore)
        #expect(terminal.settingsAfter == before, "stty -g differs after the crash")
        #expect(try terminal.cursorIsVisible(), "the cursor is hidden after the crash")
        #expect(try terminal.display("#{alternate_on}") == "0", "the alternate screen is still up after the crash")
        #expect(try terminal.display("#{keypad_flag}") == "0", "the keypad is still in application mode after the crash")
    }
}
