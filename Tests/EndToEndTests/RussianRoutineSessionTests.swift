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

    @Test func kneadsOwnWordsAreRussianFromThePainQuestionToTheSummary() async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let terminal = try TmuxTerminal(running: ["env", "LC_ALL=ru_RU.UTF-8", knead, "collar"])
        defer { terminal.close() }
        let check = await terminal.waitForScreen(containing: "Есть ли у вас что-то из этого?")
        #expect(check?.contains("Не начинайте, если у вас:") == true, "the safety check's own words in Russian:\n\(check ?? "")")
        #expect(check?.contains("Больная сторона") == true, "\(check ?? "")")
        try terminal.sendKeys("n")  // none of the contraindications applies
        let question = await terminal.waitForScreen(containing: "Насколько сильно болит сейчас?")
        #expect(question?.contains("s: пропуск") == true, "\(question ?? "")")
        try terminal.sendKeys("s")
        // Waits for the whole frame, down to the key hints on its last line.
        let session = await terminal.waitForScreen("the first step with its key hints") {
            $0.contains("шаг 1 из 15 · осталось") && $0.contains("q: выход")
        }
        #expect(session?.contains("Далее: Надавливание и продольное разминание вдоль позвоночника") == true, "\(session ?? "")")
        #expect(session?.contains("?: справка") == true && session?.contains("q: выход") == true, "\(session ?? "")")
        try terminal.sendKeys("n")
        let left = await terminal.waitForScreen(containing: "ЛЕВАЯ сторона")
        #expect(left?.contains("шаг 2 из 15") == true, "\(left ?? "")")
        try terminal.sendKeys("Space")
        await terminal.waitForScreen(containing: "ПАУЗА · Space или p: продолжить")
        try terminal.sendKeys("?")
        let help = await terminal.waitForScreen(containing: "Клавиши")
        #expect(help?.contains("пауза или продолжить") == true && help?.contains("Во время сеанса") == true, "\(help ?? "")")
        try terminal.sendKeys("Escape")
        await terminal.waitForScreen("the help closed") { !$0.contains("Клавиши") }
        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "Прервать сеанс? y/n")
        try terminal.sendKeys("y")
        await terminal.waitForScreen(containing: "А теперь, после сеанса?")
        try terminal.sendKeys("s")
        let summary = await terminal.waitForScreen(containing: "Сеанс прерван")
        #expect(summary?.contains("Выполнено    0 из 15") == true && summary?.contains("Не выполнено 13") == true, "\(summary ?? "")")
        #expect(summary?.contains("Любая клавиша: выход") == true, "\(summary ?? "")")
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "[exit 0]")
    }
}
