import Testing
@testable import KneadCore

@Suite("Session keys")
struct SessionKeyTests {
    @Test func pauseFreezesTheCountdownAndResumeGoesOnFromTheSameTime() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.pauseKeyPressed(at: .seconds(103))) == [.paused])
        #expect(session.phase == .paused)
        #expect(session.timeLeftInStep(at: .seconds(103)) == .seconds(7))
        #expect(session.timeLeftInStep(at: .seconds(500)) == .seconds(7))
        #expect(session.reduce(.ticked(at: .seconds(600))) == [], "ticks while paused change nothing")
        #expect(session.reduce(.pauseKeyPressed(at: .seconds(1000))) == [.resumed])
        #expect(session.timeLeftInStep(at: .seconds(1000)) == .seconds(7))
        #expect(session.deadline == .seconds(1007))
        _ = session.reduce(.ticked(at: .seconds(1007)))
        #expect(session.currentIndex == 1)
        #expect(session.stepStartedAt == .seconds(1007))
    }

    @Test func pausedTimeIsLeftOutOfTheReport() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.pauseKeyPressed(at: .seconds(101)))
        _ = session.reduce(.pauseKeyPressed(at: .seconds(131)))
        _ = session.reduce(.pauseKeyPressed(at: .seconds(150)))
        _ = session.reduce(.pauseKeyPressed(at: .seconds(160.5)))
        _ = session.reduce(.ticked(at: .seconds(1000)))
        #expect(session.report?.pausedTime == .milliseconds(40500))
        #expect(session.report?.activeTime == .seconds(61))
        #expect(session.finishedAt == .seconds(201.5))
    }

    @Test func suspendingPausesARunningSessionAndLeavesAPausedOnePaused() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.suspended(at: .seconds(102))) == [.paused])
        #expect(session.reduce(.suspended(at: .seconds(103))) == [])
        #expect(session.phase == .paused)
    }

    @Test func nextSkipsTheRestOfTheStep() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.nextKeyPressed(at: .seconds(104))) == [.stepStarted(index: 1)])
        #expect(session.outcomes[0] == .skipped)
        #expect(session.stepStartedAt == .seconds(104))
        #expect(session.timeLeftInStep(at: .seconds(104)) == .seconds(20))
    }

    @Test func nextWhilePausedMovesOnButStaysPaused() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.pauseKeyPressed(at: .seconds(102)))
        _ = session.reduce(.nextKeyPressed(at: .seconds(150)))
        #expect(session.phase == .paused)
        #expect(session.currentIndex == 1)
        #expect(session.timeLeftInStep(at: .seconds(170)) == .seconds(20))
        _ = session.reduce(.pauseKeyPressed(at: .seconds(180)))
        #expect(session.deadline == .seconds(200))
        _ = session.reduce(.quitConfirmed(at: .seconds(190)))
        #expect(session.report?.pausedTime == .seconds(78))
    }

    @Test func nextOnTheLastStepFinishesTheSession() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(156)))
        let effects = session.reduce(.nextKeyPressed(at: .seconds(157)))
        #expect(session.phase == .finished)
        #expect(effects.last == .finished(SessionReport(done: [0, 1, 2, 3], skipped: [4], notReached: [], activeTime: .seconds(57), pausedTime: .zero, endedEarly: false)))
    }

    @Test func backLateInAStepRestartsIt() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(110)))
        #expect(session.reduce(.backKeyPressed(at: .seconds(115))) == [.stepStarted(index: 1)])
        #expect(session.currentIndex == 1)
        #expect(session.timeLeftInStep(at: .seconds(115)) == .seconds(20))
    }

    @Test func backWithinTheFirstThreeSecondsGoesToThePreviousStep() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(110)))
        #expect(session.reduce(.backKeyPressed(at: .seconds(112.9))) == [.stepStarted(index: 0)])
        #expect(session.currentIndex == 0)
        #expect(session.outcomes[0] == nil, "the step goes back to not done")
        #expect(session.timeLeftInStep(at: .seconds(112.9)) == .seconds(10))
    }

    @Test func backAtExactlyThreeSecondsRestartsTheStep() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(110)))
        _ = session.reduce(.backKeyPressed(at: .seconds(113)))
        #expect(session.currentIndex == 1)
    }

    @Test func backOnTheFirstStepRestartsIt() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.backKeyPressed(at: .seconds(101))) == [.stepStarted(index: 0)])
        #expect(session.currentIndex == 0)
        #expect(session.stepStartedAt == .seconds(101))
    }

    @Test func restartBeginsTheStepAgainAndUndoesAddedTime() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.timeAdjusted(by: .seconds(15), at: .seconds(101)))
        #expect(session.reduce(.restartKeyPressed(at: .seconds(108))) == [.stepStarted(index: 0)])
        #expect(session.timeLeftInStep(at: .seconds(108)) == .seconds(10))
    }

    @Test func addingTimeLengthensOnlyTheCurrentStep() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.timeAdjusted(by: .seconds(15), at: .seconds(104)))
        #expect(session.timeLeftInStep(at: .seconds(104)) == .seconds(21))
        #expect(session.timeLeftInSession(at: .seconds(104)) == .seconds(72))
        _ = session.reduce(.ticked(at: .seconds(125)))
        #expect(session.currentIndex == 1)
        #expect(session.timeLeftInStep(at: .seconds(125)) == .seconds(20))
    }

    @Test func removingTimeNeverMakesItNegativeAndEndsTheStepAtZero() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.timeAdjusted(by: .seconds(-5), at: .seconds(102))) == [])
        #expect(session.timeLeftInStep(at: .seconds(102)) == .seconds(3))
        let effects = session.reduce(.timeAdjusted(by: .seconds(-15), at: .seconds(103)))
        #expect(effects == [.halfway(index: 0), .countdown(secondsLeft: 2, index: 0), .stepStarted(index: 1)], "cues due before the change come first")
        #expect(session.outcomes[0] == .done)
        #expect(session.stepStartedAt == .seconds(103))
    }

    @Test func removingTimeWhilePausedKeepsThePause() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.pauseKeyPressed(at: .seconds(104)))
        _ = session.reduce(.timeAdjusted(by: .seconds(-15), at: .seconds(105)))
        #expect(session.phase == .paused)
        #expect(session.currentIndex == 1)
        #expect(session.timeLeftInStep(at: .seconds(300)) == .seconds(20))
    }

    @Test func quittingEndsEarlyWithTheCurrentStepSkippedAndTheRestNotReached() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(111)))
        let effects = session.reduce(.quitConfirmed(at: .seconds(112)))
        #expect(effects == [.finished(SessionReport(done: [0], skipped: [1], notReached: [2, 3, 4], activeTime: .seconds(12), pausedTime: .zero, endedEarly: true))])
        #expect(session.phase == .finished)
    }

    @Test func aKeyAfterTheDeadlineFirstEndsTheStepThatRanOut() {
        var session = EngineFixtures.startedSession()
        let effects = session.reduce(.pauseKeyPressed(at: .seconds(111)))
        #expect(effects.first == .stepStarted(index: 1))
        #expect(effects.last == .paused)
        #expect(session.outcomes[0] == .done)
        #expect(session.timeLeftInStep(at: .seconds(111)) == .seconds(19))
    }
}
