import Testing
@testable import KneadUI

@Suite struct BigTextTests {
    @Test func drawsACountdownFiveRowsTall() {
        #expect(BigText.rows(of: "1:05") == [
            "  ██      ██████ ██████",
            "████   ██ ██  ██ ██    ",
            "  ██      ██  ██ ██████",
            "  ██   ██ ██  ██     ██",
            "██████    ██████ ██████",
        ])
    }

    @Test func everyDigitHasAGlyphOfTheSameHeight() {
        for digit in "0123456789" {
            let rows = BigText.rows(of: String(digit))
            #expect(rows.count == BigText.height)
            #expect(rows.allSatisfy { $0.count == 6 }, "digit \(digit)")
            #expect(rows.joined().contains("█"), "digit \(digit)")
        }
    }

    @Test func drawsPaused() {
        #expect(BigText.rows(of: "PAUSED")[0] == "██████ ██████ ██  ██ ██████ ██████ ████  ")
    }

    @Test func drawsTheRussianSideLabelsAndPauseInCyrillic() {
        #expect(BigText.rows(of: "ПАУЗА") == [
            "██████ ██████ ██  ██ ████   ██████",
            "██  ██ ██  ██ ██  ██     ██ ██  ██",
            "██  ██ ██████   ████   ██   ██████",
            "██  ██ ██  ██     ██     ██ ██  ██",
            "██  ██ ██  ██ ████   ████   ██  ██",
        ])
        for label in ["ЛЕВАЯ", "ПРАВАЯ", "ПАУЗА"] {
            #expect(BigText.width(of: label) == label.count * 7 - 1, "every letter of \(label) has a glyph")
        }
        #expect(BigText.rows(of: "ЛЕВАЯ")[0] == "  ████ ██████ ████   ██████   ████")
    }

    @Test func measuresItsWidth() {
        #expect(BigText.width(of: "0:30") == 23)
        #expect(BigText.width(of: "1:00:00") == 40)
        #expect(BigText.width(of: "") == 0)
    }

    @Test func leavesOutCharactersWithoutAGlyph() {
        #expect(BigText.rows(of: "1x") == BigText.rows(of: "1"))
        #expect(BigText.rows(of: "") == ["", "", "", "", ""])
    }
}
