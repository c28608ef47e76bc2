import Testing
@testable import KneadUI

@Suite struct VerticalStackTests {
    private func text(_ stack: VerticalStack, height: Int) -> [String] {
        stack.lines(height: height).map { $0.spans.map(\.text).joined() }
    }

    @Test func keepsTheMostImportantBlocksWhenRowsRunShort() {
        let stack = VerticalStack([
            .block(LayoutBlock(priority: 2, StyledLine("title"))),
            .block(LayoutBlock(priority: 0, StyledLine("countdown"))),
            .block(LayoutBlock(priority: 1, StyledLine("next"))),
        ])
        #expect(text(stack, height: 3) == ["title", "countdown", "next"])
        #expect(text(stack, height: 2) == ["countdown", "next"])
        #expect(text(stack, height: 1) == ["countdown"])
        #expect(text(stack, height: 0) == [])
    }

    @Test func growsABlockToAFullerVersionWhenItsPriorityComes() {
        let digits = LayoutBlock(versions: [
            .init(priority: 0, lines: [StyledLine("0:30")]),
            .init(priority: 5, lines: [StyledLine("big"), StyledLine("big")]),
        ])
        let stack = VerticalStack([.block(digits), .block(LayoutBlock(priority: 1, StyledLine("next")))])
        #expect(text(stack, height: 2) == ["0:30", "next"])
        #expect(text(stack, height: 3) == ["big", "big", "next"])
    }

    @Test func cutsAShrinkableBlockAndMarksTheCut() {
        let stack = VerticalStack([.block(.shrinkable(priority: 0, lines: ["one", "two", "three"].map { StyledLine($0) }))])
        #expect(text(stack, height: 2) == ["one", "two …"])
        #expect(text(stack, height: 5) == ["one", "two", "three"])
    }

    @Test func sharesTheRowsLeftBetweenFlexibleAreas() {
        let stack = VerticalStack([
            .block(LayoutBlock(priority: 0, StyledLine("top"))), .spacer,
            .block(LayoutBlock(priority: 0, StyledLine("middle"))), .spacer,
            .block(LayoutBlock(priority: 0, StyledLine("bottom"))),
        ])
        #expect(stack.flexibleHeights(height: 8) == [3, 2])
        #expect(text(stack, height: 8) == ["top", "", "", "", "middle", "", "", "bottom"])
    }
}
