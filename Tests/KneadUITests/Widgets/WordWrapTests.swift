import Testing
@testable import KneadUI

@Suite struct WordWrapTests {
    @Test func breaksAtSpacesSoNoLineIsWiderThanTheWidth() {
        #expect(WordWrap.lines(of: "Stroke with flat palms towards the armpits", width: 16) == [
            "Stroke with flat", "palms towards", "the armpits",
        ])
    }

    @Test func aWordThatFitsExactlyStaysOnItsLine() {
        #expect(WordWrap.lines(of: "abc def", width: 3) == ["abc", "def"])
        #expect(WordWrap.lines(of: "abc def", width: 7) == ["abc def"])
    }

    @Test func splitsAWordLongerThanALine() {
        #expect(WordWrap.lines(of: "go supercalifragilistic now", width: 8) == ["go", "supercal", "ifragili", "stic now"])
    }

    @Test func collapsesRunsOfSpacesAndDropsLeadingAndTrailingOnes() {
        #expect(WordWrap.lines(of: "  two   words  ", width: 20) == ["two words"])
    }

    @Test func emptyTextOrNoRoomGivesNoLines() {
        #expect(WordWrap.lines(of: "", width: 10) == [])
        #expect(WordWrap.lines(of: "   ", width: 10) == [])
        #expect(WordWrap.lines(of: "text", width: 0) == [])
        #expect(WordWrap.lines(of: "text", width: -3) == [])
    }

    @Test func countsCharactersNotBytes() {
        #expect(WordWrap.lines(of: "Поглаживание шеи ладонями", width: 16) == ["Поглаживание шеи", "ладонями"])
    }

    @Test func hangingLinesIndentUnderTheMarker() {
        #expect(WordWrap.hangingLines(of: "Pain grows during a step", marker: "• ", width: 12) == [
            "• Pain grows", "  during a", "  step",
        ])
    }
}
