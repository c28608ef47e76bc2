import Testing
import KneadCore
import KneadUI

/// The grid itself: clipping, visible stand-ins and wide characters.
@Suite struct ScreenTests {
    @Test func clipsWritingToTheGrid() {
        var screen = Screen(width: 4, height: 2)
        screen.write("abcdef", row: 0, column: -2)
        screen.write("xyz", row: 1, column: 2)
        screen.write("never", row: 2, column: 0)
        screen.write("never", row: -1, column: 0)
        #expect(screen.lines == ["cdef", "  xy"])
    }

    /// A one-row screen `width` cells wide with each text written at its column, in order.
    private func row(width: Int, _ writes: (text: String, column: Int)...) -> Screen {
        var screen = Screen(width: width, height: 1)
        for write in writes { screen.write(write.text, row: 0, column: write.column) }
        return screen
    }

    @Test func showsControlCharactersAsVisibleStandIns() {
        #expect(row(width: 12, ("a\u{1B}[2J\u{07}\u{7F}\u{9B}b", 0)).text == "a␛[2J␇␡�b")
    }

    @Test func aWideCharacterTakesTwoCells() {
        let screen = row(width: 8, ("按摩ab", 0))
        #expect(screen.rows[0].map(\.character) == ["按", " ", "摩", " ", "a", "b", " ", " "])
        #expect(screen.text == "按摩ab")
    }

    @Test func aWideCharacterThatWouldStickOutIsLeftOut() {
        #expect(row(width: 3, ("a按摩", 0)).text == "a按")
        #expect(row(width: 2, ("a按", 0)).text == "a")
    }

    @Test func writingOverTheRightHalfOfAWideCharacterBlanksIt() {
        #expect(row(width: 6, ("按摩", 0), ("|", 1)).text == " |摩")
    }

    @Test func wideTextIsCutByColumns() {
        var routine = TestRoutines.back
        routine.title = LocalizedText(translations: ["zh": "腰部按摩放松练习"])
        routine.summary = LocalizedText(translations: ["zh": "腰部热身按摩"])
        let model = AppModel(routines: [routine], start: .picker, options: AppOptions(language: "zh"))
        expectScreen(model.render(width: 20, height: 6, at: .seconds(0)), """
            Choose a routine
            ────────────────────
            1 腰部按摩放松… 0:45
              腰部热身按摩

            Enter:open q:quit
            """)
        #expect(model.render(width: 20, height: 6, at: .seconds(0)).rows[2][3].character == " ")
    }
}
