import Testing
@testable import KneadCore

@Suite("Session cues")
struct SessionCueTests {
    /// Ticks the session every `step` from `from` to `to` and returns each effect with its instant.
    func cues(_ session: inout Session, from: Double, to: Double, every step: Double = 0.5) -> [String] {
        var result: [String] = []
        var now = from
        while now <= to {
            for effect in session.reduce(.ticked(at: .seconds(now))) { result.append("\(now) \(effect)") }
            now += step
        }
        return result
    }

    @Test func halfwayAndTheLastThreeSecondsComeOutAtTheirInstants() {
        var session = EngineFixtures.startedSession()
        #expect(cues(&session, from: 100, to: 110) == [
            "105.0 halfway(index: 0)",
            "107.0 countdown(secondsLeft: 3, index: 0)",
            "108.0 countdown(secondsLeft: 2, index: 0)",
            "109.0 countdown(secondsLeft: 1, index: 0)",
            "110.0 stepStarted(index: 1)",
        ])
    }

    @Test func eachCueComesOutOnceHoweverOftenItTicks() {
        var session = EngineFixtures.startedSession()
        let all = cues(&session, from: 100, to: 109.99, every: 0.01)
        #expect(all.count == 4)
    }

    @Test func aTickThatJumpsOverSeveralCountdownSecondsGivesOnlyTheLatest() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(106)))
        #expect(session.reduce(.ticked(at: .seconds(108.5))) == [.countdown(secondsLeft: 2, index: 0)])
        #expect(session.reduce(.ticked(at: .seconds(109.5))) == [.countdown(secondsLeft: 1, index: 0)])
    }

    @Test func aGetReadyStepShorterThanThreeSecondsCountsOnlyWhatItHas() {
        var routine = EngineFixtures.routine
        routine.transition = .seconds(2)
        var session = Session(timeline: Timeline(routine: routine))
        _ = session.reduce(.started(at: .seconds(0)))
        _ = session.reduce(.ticked(at: .seconds(30)))
        #expect(session.currentStep.isTransition)
        #expect(cues(&session, from: 30, to: 32) == [
            "31.0 halfway(index: 2)",
            "31.0 countdown(secondsLeft: 1, index: 2)",
            "32.0 stepStarted(index: 3)",
        ])
    }

    @Test func addingTimeInTheLastSecondsLetsTheCountdownComeAgain() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(108)))
        _ = session.reduce(.timeAdjusted(by: .seconds(15), at: .seconds(108)))
        #expect(cues(&session, from: 108, to: 125) == [
            "122.0 countdown(secondsLeft: 3, index: 0)",
            "123.0 countdown(secondsLeft: 2, index: 0)",
            "124.0 countdown(secondsLeft: 1, index: 0)",
            "125.0 stepStarted(index: 1)",
        ])
    }

    @Test func progressFollowsTheStepAndTheSession() {
        var session = EngineFixtures.startedSession()
        #expect(session.stepProgress(at: .seconds(102.5)) == 0.25)
        _ = session.reduce(.ticked(at: .seconds(130.5)))
        #expect(session.sessionProgress(at: .seconds(130.5)) == 30.5 / 61)
    }
}
