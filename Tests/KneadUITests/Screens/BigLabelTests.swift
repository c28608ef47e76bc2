import Testing
@testable import KneadUI

/// The word drawn big beside the countdown.
@Suite struct BigLabelTests {
    @Test func aPausedStepWithASideShowsPausedBesideTheCountdownNotTheSide() {
        let paused = Scene(name: "left side paused", inputs: Scene.leftSide.inputs + [.key(.character(" "), at: .seconds(135))], now: .seconds(140))
        let rows = paused.render(width: 80, height: 24).lines
        #expect(rows.contains { $0.contains(BigText.rows(of: "PAUSED")[0]) })
        #expect(!rows.contains { $0.contains(BigText.rows(of: "LEFT")[0]) })
    }

    @Test func theSideIsLeftOutWhenItDoesNotFitBesideTheDigits() {
        let rows = Scene.leftSide.render(width: 50, height: 24).lines
        #expect(rows.contains { $0.contains(BigText.rows(of: "0:15")[0]) }, "the big digits still show")
        #expect(!rows.contains { $0.contains(BigText.rows(of: "LEFT")[0]) })
        #expect(rows.contains { $0.contains("LEFT side") }, "the side banner still names the side")
    }
}
