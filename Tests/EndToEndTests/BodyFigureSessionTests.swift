import Foundation
import Testing

/// The body figure in the real program in a real terminal: beside the move where it fits, the
/// large one where there is room, and none at 40×12, where the essentials still show.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct BodyFigureSessionTests {
    /// The first step of collar at `width` × `height`, once the safety check and the pain question are answered.
    private func firstStep(width: Int, height: Int) async throws -> (TmuxTerminal, String) {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let terminal = try TmuxTerminal(running: [knead, "run", "collar"], width: width, height: height)
        try #require(await terminal.waitForScreen(containing: "begin") != nil)
        try terminal.sendKeys("n")
        try #require(await terminal.waitForScreen(containing: "How much does it hurt") != nil)
        try terminal.sendKeys("s")
        // The header reads "step 1 of 15" where it is wide, "1/15" where it is not; the whole
        // screen is drawn once the next step shows at its foot.
        let screen = try #require(await terminal.waitForScreen("the first step, drawn whole") {
            ($0.contains("step 1 of 15") || $0.contains(" 1/15 ")) && $0.contains("Next: ")
        })
        return (terminal, screen)
    }

    @Test func theLargeFigureStandsBesideTheMoveAt120x40() async throws {
        let (terminal, screen) = try await firstStep(width: 120, height: 40)
        defer { terminal.close() }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(screen.contains("from behind") && screen.contains("████"), "\(TmuxTerminal.framed(screen))")
        #expect(rows.contains { $0.hasSuffix("       R") && $0.contains("L       ░") }, "the sides are labelled: \(TmuxTerminal.framed(screen))")
        #expect(screen.contains("Next: Pressing and lengthwise kneading beside the spine · LEFT side"), "\(TmuxTerminal.framed(screen))")
    }

    @Test func theSmallFigureStandsBesideTheMoveAt80x24() async throws {
        let (terminal, screen) = try await firstStep(width: 80, height: 24)
        defer { terminal.close() }
        #expect(screen.contains("from behind") && screen.contains("L   ░░░░░   R"), "\(TmuxTerminal.framed(screen))")
        #expect(screen.contains("Stroking the neck and collar zone"), "\(TmuxTerminal.framed(screen))")
    }

    @Test func theFigureGivesWayAt40x12AndTheEssentialsStay() async throws {
        let (terminal, screen) = try await firstStep(width: 40, height: 12)
        defer { terminal.close() }
        #expect(!screen.contains("from behind") && !screen.contains("│"), "no figure, no spine: \(TmuxTerminal.framed(screen))")
        #expect(screen.contains("Next: ") && screen.contains("Stroking the neck"), "\(TmuxTerminal.framed(screen))")
    }
}
