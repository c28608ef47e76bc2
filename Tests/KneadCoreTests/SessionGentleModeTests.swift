import Testing
@testable import KneadCore

/// "It hurts" pauses at once; gentle mode chosen mid-session leaves out the other moves.
@Suite("Session gentle mode")
struct SessionGentleModeTests {
    /// Stroke 10 s; Knead 20 s left, 5 s get-ready, 20 s right; Stroke again 10 s left, 5 s, right; Tap 6 s; Rest 8 s.
    private static let routine = Routine(
        id: "g", title: LocalizedText("G"), transition: .seconds(5),
        stages: [
            stage("Stroke", .stroking, seconds: 10),
            stage("Knead", .kneading, seconds: 20, sides: [.left, .right]),
            stage("Stroke again", .stroking, seconds: 10, sides: [.left, .right]),
            stage("Tap", .tapping, seconds: 6),
            stage("Rest", .rest, seconds: 8),
        ]
    )

    private static func stage(_ name: String, _ technique: Technique, seconds: Int, sides: [Side] = []) -> Stage {
        Stage(name: LocalizedText(name), technique: technique, area: "neck", duration: .seconds(seconds), sides: sides, instructions: LocalizedText(name))
    }

    private func started() -> Session {
        var session = Session(timeline: Timeline(routine: Self.routine))
        _ = session.reduce(.started(at: .seconds(100)))
        return session
    }

    @Test func whatComesNextAndTheTimeLeftCountOnlyTheStepsStillToRun() throws {
        var session = started()
        #expect(session.nextStep?.stage.name == LocalizedText("Knead"))
        #expect(session.timeLeftInSession(at: .seconds(104)) == .seconds(90), "6 s of the stroking, then every step")
        _ = session.reduce(.gentleModeChosen(at: .seconds(104)))
        let next = try #require(session.nextStep)
        #expect(next.stage.name == LocalizedText("Stroke again") && next.side == .left, "the kneading is left out")
        #expect(session.timeLeftInSession(at: .seconds(104)) == .seconds(39), "6 s of the stroking, the strokings on each side, their get-ready step and the rest")
    }

    @Test func theHurtKeyPausesARunningSessionAtOnce() {
        var session = started()
        #expect(session.reduce(.hurtKeyPressed(at: .seconds(104))) == [.paused])
        #expect(session.phase == .paused)
        #expect(session.timeLeftInStep(at: .seconds(900)) == .seconds(6))
        #expect(session.reduce(.hurtKeyPressed(at: .seconds(905))) == [], "a paused session stays paused")
    }

    @Test func choosingGentleModeLeavesOutTheCurrentMoveAndEveryOtherOneThatIsNotGentle() {
        var session = started()
        _ = session.reduce(.ticked(at: .seconds(110)))
        #expect(session.currentIndex == 1, "kneading, left")
        _ = session.reduce(.hurtKeyPressed(at: .seconds(112)))
        // Gentle, then resume: the kneading (and its other side) is left out; stroking follows.
        #expect(session.reduce(.gentleModeChosen(at: .seconds(120))) == [.stepStarted(index: 4)])
        #expect(session.isGentle)
        #expect(session.phase == .paused)
        #expect(session.reduce(.pauseKeyPressed(at: .seconds(130))) == [.resumed])
        #expect(session.outcomes[1...3] == [.leftOut, .leftOut, .leftOut])
        // Stroke again: 10 s left, 5 s get-ready, 10 s right; then Tap is left out and Rest runs.
        _ = session.reduce(.ticked(at: .seconds(155)))
        #expect(session.currentIndex == 8, "rest, after the tapping was left out")
        #expect(session.outcomes[7] == .leftOut)
        _ = session.reduce(.ticked(at: .seconds(163)))
        let report = try? #require(session.report)
        #expect(report?.done == [0, 4, 5, 6, 8])
        #expect(report?.leftOut == [1, 2, 3, 7])
        #expect(report?.skipped == [])
        #expect(report?.notReached == [])
    }

    @Test func backInGentleModeGoesToThePreviousStepThatRuns() {
        var session = started()
        _ = session.reduce(.gentleModeChosen(at: .seconds(101)))
        _ = session.reduce(.ticked(at: .seconds(110)))
        #expect(session.currentIndex == 4)
        _ = session.reduce(.backKeyPressed(at: .seconds(111)))
        #expect(session.currentIndex == 0, "the kneading steps in between were left out")
    }

    @Test func gentleModeChosenDuringAGentleStepKeepsIt() {
        var session = started()
        #expect(session.reduce(.gentleModeChosen(at: .seconds(103))) == [])
        #expect(session.currentIndex == 0)
        #expect(session.timeLeftInStep(at: .seconds(103)) == .seconds(7))
        #expect(session.reduce(.gentleModeChosen(at: .seconds(104))) == [], "a second choice changes nothing")
    }

    @Test func aGentleTimelineStartsInGentleMode() {
        let session = Session(timeline: Timeline(routine: Self.routine, adaptation: TimelineAdaptation(gentle: true)))
        #expect(session.isGentle)
        #expect(session.timeline.steps.count == 5)
    }
}
