import Testing
@testable import KneadUI

/// Which texts take the fast path, and that it draws them exactly as the general one would.
@Suite struct SimpleTextTests {
    @Test(arguments: ["Kneading the trapezius", "Разминание трапеции", "── █░ · ↑↓ — «ok»", ""])
    func printableOneColumnTextIsSimple(text: String) {
        #expect(SimpleText.isSimple(text))
    }

    @Test(arguments: ["e\u{301}", "日本", "tab\there", "esc\u{1b}[2J", "soft\u{AD}hyphen", "👍🏽", "a\u{200D}b", "\u{202E}rtl", "\u{FE0F}"])
    func textThatJoinsWidensOrControlsIsNotSimple(text: String) {
        #expect(!SimpleText.isSimple(text))
    }

    @Test func simpleTextIsMeasuredAndCutByScalars() {
        #expect(ColumnWidth.of("Разминание") == 10)
        #expect(ColumnWidth.prefix(of: "Разминание", fitting: 4) == "Разм")
        #expect(ColumnWidth.prefix(of: "abc", fitting: -1) == "")
        #expect(VisibleText.sanitized("a─b") == "a─b")
    }

    @Test func simpleTextIsDrawnOneCellPerScalarAndClipped() {
        var screen = Screen(width: 6, height: 1)
        screen.write("Шея ─█", row: 0, column: -1)
        #expect(screen.lines == ["ея ─█ "])
        screen.write("xyz", row: 0, column: 4)
        #expect(screen.lines == ["ея ─xy"])
    }

    @Test func simpleTextWrittenOverTheRightHalfOfAWideCharacterBlanksIt() {
        var screen = Screen(width: 4, height: 1)
        screen.write("日x", row: 0, column: 0)
        screen.write("a", row: 0, column: 1)
        #expect(screen.lines == [" ax "])
    }

    @Test func aRowKnowsWhetherAWideCharacterWasWrittenToItAndEqualityLooksOnlyAtCells() {
        var screen = Screen(width: 6, height: 3)
        screen.write("Шея ─█", row: 0, column: 0)
        screen.write("日", row: 1, column: 2)
        screen.write("日", row: 2, column: 5)
        #expect(screen.mayHoldWideCharacters == [false, true, false], "a wide character that does not fit is not written")
        var overwritten = screen
        overwritten.write("      ", row: 1, column: 0)
        var blank = screen
        blank.write("      ", row: 1, column: 0)
        var neverWide = Screen(width: 6, height: 3)
        neverWide.write("Шея ─█", row: 0, column: 0)
        #expect(overwritten.mayHoldWideCharacters[1], "the flag stays: it says only what may be there")
        #expect(overwritten == neverWide && overwritten.hashValue == neverWide.hashValue)
        #expect(blank == overwritten)
    }
}
