import Testing
import KneadCore
import KneadUI

/// Text from a script reaches the screen as visible characters only, and in the chosen language.
@Suite struct ScriptTextTests {
    /// A routine whose texts try to clear the screen, ring the bell and change the window title.
    private static let hostile = Routine(
        id: "hostile",
        title: LocalizedText("Evil\u{1B}[2J title"),
        summary: LocalizedText("Bell\u{07} and\ttab"),
        zone: "zone\u{1B}]0;pwned\u{07}",
        safety: Safety(contraindications: [LocalizedText("Line\nbreak \u{202E}reversed")]),
        stages: [
            Stage(
                name: LocalizedText("Move\u{1B}[31m red"), technique: .kneading, area: "back\u{7F}",
                duration: .seconds(10), instructions: LocalizedText("Press\u{0D}here\u{9B}now"),
                caution: LocalizedText("Careful\u{08}\u{08}")
            ),
        ]
    )

    private static func allCells(_ screen: Screen) -> [Character] {
        screen.rows.flatMap { $0.map(\.character) }
    }

    @Test func controlCharactersShowAsVisibleStandIns() {
        var model = AppModel(routines: [Self.hostile], start: .picker, options: AppOptions())
        let picker = model.render(width: 60, height: 8, at: .seconds(0)).text
        #expect(picker.contains("1 Evil␛[2J title"))
        #expect(picker.contains("Bell␇ and␉tab"))
        _ = model.handle(.key(.enter, at: .seconds(0)))
        let safetyCheck = model.render(width: 60, height: 12, at: .seconds(0)).text
        #expect(safetyCheck.contains("zone␛]0;pwned␇"))
        #expect(safetyCheck.contains("• Line␊break �reversed"))
        _ = model.handle(.key(.character("n"), at: .seconds(0)))
        _ = model.handle(.key(.character("s"), at: .seconds(0)))
        let session = model.render(width: 60, height: 20, at: .seconds(0)).text
        #expect(session.contains("Move␛[31m red"))
        #expect(session.contains("Kneading · back␡"))
        #expect(session.contains("Press␍here�now"))
        #expect(session.contains("! Careful␈␈"))
    }

    @Test func noScreenEverHoldsAControlCharacter() {
        var model = AppModel(routines: [Self.hostile], start: .picker, options: AppOptions())
        let keys: [Key] = [.enter, .character("?"), .escape, .character("n"), .character("?"), .escape, .character("s"), .character("h"), .character("q")]
        for key in keys {
            _ = model.handle(.key(key, at: .seconds(1)))
            for (width, height) in [(80, 24), (40, 12), (20, 6)] {
                let cells = Self.allCells(model.render(width: width, height: height, at: .seconds(2)))
                let unsafe = cells.filter { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" } }
                #expect(unsafe.isEmpty, "\(model.screenName) at \(width)×\(height)")
            }
        }
    }

    @Test func textsFollowTheChosenLanguageAndFallBackToEnglish() {
        var model = AppModel(routines: [TestRoutines.neck], start: .routine("neck"), options: AppOptions(language: "ru_RU"))
        #expect(model.render(width: 40, height: 12, at: .seconds(0)).lines[0].contains("Шея"))
        _ = model.handle(.key(.character("n"), at: .seconds(0)))
        _ = model.handle(.key(.character("s"), at: .seconds(0)))
        let session = model.render(width: 40, height: 12, at: .seconds(0)).text
        #expect(session.contains("Поглаживание шеи"))
        #expect(session.contains("Далее: Kneading the shoulder"))
    }
}
