import Foundation
import Testing

/// A terminal that cannot draw the full screen (`TERM=dumb`, a name terminfo does not know, no
/// `TERM`): a named routine runs in plain mode and says so in one line; the picker, which needs
/// the full screen, says how to run a routine by name instead and ends with a usage error.
///
/// tmux gives every pane its own `TERM`, so the program is started through `env` to override it.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct LimitedTerminalTests {
    /// The ways of naming a terminal that cannot draw the full screen, as `env` arguments.
    static let limitedTerminals: [[String]] = [["TERM=dumb"], ["TERM=nosuchterm"], ["-u", "TERM"]]
    /// The answers given ahead, so that plain mode asks only whether it is a flare.
    static let answersAhead = ["--no-contraindications", "--sore-side", "neither", "--pain-before", "3", "--pain-after", "2"]

    private func knead() throws -> String {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        return try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
    }

    @Test(arguments: limitedTerminals)
    func aNamedRoutineRunsInPlainModeAndSaysSo(term: [String]) async throws {
        let terminal = try TmuxTerminal(running: ["env"] + term + [try knead(), "run", "collar", "--time-scale", "5000"] + Self.answersAhead, width: 120, height: 50)
        defer { terminal.close() }
        // Plain mode in a terminal asks what no option answered: is it a flare?
        try #require(await terminal.waitForScreen(containing: "Is this a flare") != nil)
        try terminal.sendKeys("Enter")
        let screen = try #require(await terminal.waitForScreen(containing: "[exit 0]", timeout: .seconds(10)))
        let name = term == ["-u", "TERM"] ? "unset" : String(term[0].dropFirst("TERM=".count))
        #expect(screen.hasPrefix(
            "This terminal (TERM=\(name)) cannot draw the full screen, so the session runs in plain mode, one line per step.\n"
        ), "\(screen)")
        #expect(screen.contains("0:00  step 1/15  Stroking the neck and collar zone  0:40"), "\(screen)")
        #expect(screen.contains("7:10  finished: 15 steps done, 0 skipped\n"), "\(screen)")
    }

    @Test func theNoticeSpeaksThePersonsLanguage() async throws {
        let terminal = try TmuxTerminal(
            running: ["env", "TERM=dumb", "LANG=ru_RU.UTF-8", try knead(), "run", "collar", "--time-scale", "5000"] + Self.answersAhead, width: 140, height: 50
        )
        defer { terminal.close() }
        try #require(await terminal.waitForScreen(containing: "Сейчас обострение") != nil)
        try terminal.sendKeys("Enter")
        let screen = try #require(await terminal.waitForScreen(containing: "[exit 0]", timeout: .seconds(10)))
        #expect(screen.hasPrefix(
            "Этот терминал (TERM=dumb) не умеет рисовать полный экран, поэтому сеанс идёт в простом режиме, строка на шаг.\n"
        ), "\(screen)")
    }

    @Test(arguments: limitedTerminals)
    func thePickerSaysItNeedsAFullTerminalAndHowToRunARoutineByName(term: [String]) async throws {
        let terminal = try TmuxTerminal(running: ["env"] + term + [try knead()], width: 200, height: 10)
        defer { terminal.close() }
        let screen = try #require(await terminal.waitForScreen(containing: "[exit 64]"))
        #expect(screen.contains("the routine picker needs a terminal that can draw the full screen"), "\(screen)")
        #expect(screen.contains("run a routine by name instead, such as `knead run collar` (see `knead list`)"), "\(screen)")
    }
}
