import Foundation
import Testing

/// A bundled routine followed in a real terminal with a Russian locale: its texts are Russian.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct RussianRoutineSessionTests {
    @Test func theSafetyCheckAndTheSessionShowTheRoutineInRussian() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let terminal = try TmuxTerminal(running: ["env", "LANG=ru_RU.UTF-8", knead, "collar"])
        defer { terminal.close() }
        let safetyCheck = await terminal.waitForScreen(containing: "Воротниковая зона по шагам")
        #expect(safetyCheck?.contains("Онкологические заболевания, любые опухоли") == true, "\(safetyCheck ?? "")")
        try terminal.sendKeys("n", "s")  // none of the contraindications applies, and skip the question of pain
        let session = await terminal.waitForScreen(containing: "Поглаживание шеи и воротниковой зоны")
        #expect(session?.contains("шея и воротниковая зона") == true, "the area in Russian:\n\(session ?? "")")
        #expect(session?.contains("Плоскими ладонями от межлопаточной области к подмышкам.") == true, "\(session ?? "")")
        try terminal.sendKeys("C-c")
        await terminal.waitForScreen(containing: "[exit 130]")
    }
}
