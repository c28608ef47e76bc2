import Testing
@testable import KneadUI

@Suite struct ProgressBarTests {
    private func bar(_ fraction: Double, width: Int) -> String {
        ProgressBar.spans(fraction: fraction, width: width, done: .plain, left: .plain).map(\.text).joined()
    }

    @Test func fillsInProportion() {
        #expect(bar(0, width: 10) == "░░░░░░░░░░")
        #expect(bar(0.25, width: 10) == "██░░░░░░░░")
        #expect(bar(0.5, width: 10) == "█████░░░░░")
        #expect(bar(1, width: 10) == "██████████")
    }

    @Test func keepsOddFractionsWithinTheBar() {
        #expect(bar(-1, width: 4) == "░░░░")
        #expect(bar(7, width: 4) == "████")
        #expect(bar(.nan, width: 4) == "░░░░")
        #expect(bar(0.5, width: 0) == "")
        #expect(bar(0.5, width: -2) == "")
    }
}
