import Testing
@testable import KneadUI

@Suite struct KeyHintTests {
    private let hints = [KeyHint("Space", "pause", rank: 1), KeyHint("n", "next", rank: 3), KeyHint("q", "quit", rank: 0)]
    private let theme = Theme(colors: false)

    private func line(width: Int) -> String {
        var screen = Screen(width: width, height: 1)
        KeyHint.line(hints, width: width, theme: theme).draw(into: &screen, row: 0, column: 0, width: width)
        return screen.text
    }

    @Test func showsEveryHintWhenThereIsRoom() {
        #expect(line(width: 40) == "Space: pause · n: next · q: quit")
    }

    @Test func leavesOutTheHighestRankedHintsFirst() {
        #expect(line(width: 30) == "Space: pause · q: quit")
    }

    @Test func writesTheEssentialHintsTightlyWhenTheyDoNotFit() {
        #expect(line(width: 18) == "Space:pause q:quit")
        #expect(line(width: 10) == "Space:pau…")
    }

    @Test func aHintNamesTheFirstKeyOfItsCommandInTheKeyTable() {
        #expect(QuitConfirmationCommand.bindings.hintKey(for: .keepGoing) == "n")
        #expect(CourseWarningCommand.bindings.hintKey(for: .back) == "n")
        #expect(PainQuestionCommand.bindings.hintKey(for: .back) == "Esc")
        #expect(ItHurtsCommand.bindings.hintKey(for: .choose(.resume)) == "r")
        #expect(SafetyCheckCommand.bindings.hintKey(for: .begin) == "Enter")
    }
}
