import Testing
import KneadTestSupport
@testable import KneadCore

@Suite("Session timing")
struct SessionTimingTests {
    @Test func startingBeginsTheFirstStepAtTheGivenInstant() {
        var session = Session(timeline: Timeline(routine: EngineFixtures.routine))
        #expect(session.phase == .ready)
        #expect(session.reduce(.ticked(at: .seconds(5))) == [])
        #expect(session.reduce(.started(at: .seconds(100))) == [.stepStarted(index: 0)])
        #expect(session.phase == .running)
        #expect(session.timeLeftInStep(at: .seconds(100)) == .seconds(10))
        #expect(session.timeLeftInStep(at: .seconds(103.25)) == .milliseconds(6750))
        #expect(session.timeLeftInSession(at: .seconds(103)) == .seconds(58))
        #expect(session.reduce(.started(at: .seconds(101))) == [], "a second start changes nothing")
    }

    @Test func aTickAtTheDeadlineStartsTheNextStepExactlyThen() {
        var session = EngineFixtures.startedSession()
        #expect(session.reduce(.ticked(at: .seconds(110))) == [.stepStarted(index: 1)])
        #expect(session.currentIndex == 1)
        #expect(session.stepStartedAt == .seconds(110))
        #expect(session.outcomes[0] == .done)
    }

    @Test func aLateTickStartsTheNextStepAtTheOldDeadlineNotAtTheTick() {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.ticked(at: .seconds(112.5)))
        #expect(session.stepStartedAt == .seconds(110))
        #expect(session.timeLeftInStep(at: .seconds(112.5)) == .milliseconds(17500))
    }

    @Test func aVeryLateTickWalksThroughEveryStepItPassed() {
        var session = EngineFixtures.startedSession()
        let effects = session.reduce(.ticked(at: .seconds(140)))
        #expect(effects.filter { if case .stepStarted = $0 { true } else { false } }
            == [.stepStarted(index: 1), .stepStarted(index: 2), .stepStarted(index: 3)])
        #expect(session.currentIndex == 3)
        #expect(session.stepStartedAt == .seconds(135))
        #expect(session.outcomes.prefix(3) == [.done, .done, .done])
    }

    @Test func theSessionFinishesAtTheLastDeadlineWithAReport() {
        var session = EngineFixtures.startedSession()
        let effects = session.reduce(.ticked(at: .seconds(200)))
        let report = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(61), pausedTime: .zero, endedEarly: false)
        #expect(effects.last == .finished(report))
        #expect(session.phase == .finished)
        #expect(session.finishedAt == .seconds(161))
        #expect(session.report == report)
        #expect(session.timeLeftInSession(at: .seconds(200)) == .zero)
        #expect(session.reduce(.nextKeyPressed(at: .seconds(201))) == [], "a finished session ignores keys")
    }

    @Test func tenThousandIrregularTicksLeaveNoDrift() {
        var session = EngineFixtures.startedSession()
        var generator = SplitMix(seed: 7)
        var now = Instant.seconds(100)
        var starts: [Int: Instant] = [:]
        for _ in 0..<10_000 where session.phase != .finished {
            now = now + .microseconds(Int64(generator.next() % 24_000))
            for effect in session.reduce(.ticked(at: now)) {
                if case .stepStarted(let index) = effect { starts[index] = session.stepStartedAt }
            }
        }
        #expect(session.phase == .finished)
        #expect(starts == [1: .seconds(110), 2: .seconds(130), 3: .seconds(135), 4: .seconds(155)])
        #expect(session.finishedAt == .seconds(161))
        #expect(session.report?.activeTime == .seconds(61))
    }

    @Test func nextChangeIsTheNextSecondBoundaryOfTheCountdown() {
        var session = EngineFixtures.startedSession()
        #expect(session.nextChange(after: .seconds(100)) == .seconds(101))
        #expect(session.nextChange(after: .seconds(100.3)) == .seconds(101))
        #expect(session.nextChange(after: .seconds(104.5)) == .seconds(105), "the halfway cue is at 105")
        #expect(session.nextChange(after: .seconds(109.2)) == .seconds(110))
        _ = session.reduce(.pauseKeyPressed(at: .seconds(102.5)))
        #expect(session.nextChange(after: .seconds(103)) == nil, "nothing changes while paused")
        _ = session.reduce(.pauseKeyPressed(at: .seconds(200)))
        #expect(session.nextChange(after: .seconds(200)) == .seconds(200.5))
    }
}
