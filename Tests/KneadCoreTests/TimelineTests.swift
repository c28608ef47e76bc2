import Testing
@testable import KneadCore

@Suite("Timeline")
struct TimelineTests {
    @Test func sidesBecomeOneStepEachWithAGetReadyStepBeforeTheSecond() {
        let timeline = Timeline(routine: EngineFixtures.routine)
        let summary = timeline.steps.map { "\($0.kind == .move ? "move" : "ready") \($0.stage.name.english) \($0.side?.rawValue ?? "-") \($0.duration)" }
        #expect(summary == [
            "move Warm-up - 10.0 seconds",
            "move Knead left 20.0 seconds",
            "ready Knead right 5.0 seconds",
            "move Knead right 20.0 seconds",
            "move Finish - 6.0 seconds",
        ])
        #expect(timeline.totalDuration == .seconds(61))
    }

    @Test func aZeroTransitionLeavesOutTheGetReadyStep() {
        var routine = EngineFixtures.routine
        routine.transition = .zero
        let timeline = Timeline(routine: routine)
        #expect(timeline.steps.count == 4)
        #expect(!timeline.steps.contains { $0.isTransition })
        #expect(timeline.totalDuration == .seconds(56))
    }

    @Test func sidesFollowTheOrderTheScriptGives() {
        let routine = Routine(id: "r", title: LocalizedText("R"), transition: .seconds(3),
                              stages: [EngineFixtures.stage("Circle", seconds: 8, sides: [.right, .left])])
        let timeline = Timeline(routine: routine)
        #expect(timeline.steps.map(\.side) == [.right, .left, .left])
        #expect(timeline.steps.map(\.isTransition) == [false, true, false])
        #expect(timeline.durationBefore(step: 2) == .seconds(11))
        #expect(timeline.durationAfter(step: 0) == .seconds(11))
    }
}
