import Testing
@testable import KneadCore

/// The beat of paced steps, at literal instants.
@Suite("Pace")
struct PaceTests {
    /// A routine of one paced stage and one without a pace.
    static func session(reps: Int? = nil, cadence: Double? = nil, seconds: Int = 10) -> Session {
        var paced = EngineFixtures.stage("Circling", seconds: seconds)
        paced.reps = reps
        paced.cadence = cadence
        let routine = Routine(id: "paced", title: LocalizedText("Paced"), stages: [paced, EngineFixtures.stage("Rest", seconds: 10)])
        var session = Session(timeline: Timeline(routine: routine))
        _ = session.reduce(.started(at: .seconds(100)))
        return session
    }

    /// The beats that come out when the session is ticked at each of `instants`.
    static func beats(_ session: inout Session, at instants: [Double]) -> [String] {
        instants.flatMap { now in
            session.reduce(.ticked(at: .seconds(now))).compactMap { effect -> String? in
                guard case .beat(let stroke, let strokes, let index) = effect else { return nil }
                return "\(now): \(stroke)/\(strokes) of step \(index + 1)"
            }
        }
    }

    @Test func onlyRepsShareTheStepsLengthBetweenThem() {
        var session = Self.session(reps: 4)
        #expect(session.currentPace == Pace(stage: session.currentStep.stage, duration: .seconds(10)))
        #expect(session.currentPace?.interval == .milliseconds(2500))
        #expect(Self.beats(&session, at: [101, 102.5, 104, 105, 107.4, 107.5, 110, 112]) == [
            "102.5: 2/4 of step 1", "105.0: 3/4 of step 1", "107.5: 4/4 of step 1",
        ])
        #expect(session.stroke(at: .seconds(110)) == nil, "the next step has no pace")
    }

    @Test func aCadenceBeatsAsManyTimesAsFitAndRepsCapIt() {
        var session = Self.session(cadence: 30, seconds: 9)
        #expect(session.currentPace?.strokes == 4, "a beat every 2 s: four begin within 9 s")
        #expect(Self.beats(&session, at: [102, 104, 106, 108, 108.9]) == [
            "102.0: 2/4 of step 1", "104.0: 3/4 of step 1", "106.0: 4/4 of step 1",
        ])
        #expect(Self.session(reps: 3, cadence: 30, seconds: 9).currentPace?.strokes == 3)
        #expect(Self.session(reps: 12, cadence: 30, seconds: 9).currentPace?.strokes == 4)
    }

    @Test func theFirstBeatComesWithTheStepAndAPauseHoldsTheRhythm() {
        var session = Session(timeline: Self.session(reps: 4).timeline)
        #expect(session.reduce(.started(at: .seconds(0))) == [.stepStarted(index: 0), .beat(stroke: 1, of: 4, index: 0)])
        #expect(session.reduce(.pauseKeyPressed(at: .seconds(1))) == [.paused])
        #expect(session.stroke(at: .seconds(50)) == 1)
        #expect(session.reduce(.pauseKeyPressed(at: .seconds(20))) == [.resumed])
        // 1.5 s of the first stroke were left when it was paused.
        #expect(session.nextChange(after: .seconds(20)) == .seconds(21))
        #expect(session.reduce(.ticked(at: .seconds(21.5))) == [.beat(stroke: 2, of: 4, index: 0)])
    }

    @Test func theLoopWakesOnEveryBeatAndEverySecondOnly() {
        let session = Self.session(cadence: 40, seconds: 9)
        // Beats every 1.5 s from 100 s; whole seconds of the countdown at 101, 102…
        var wakes: [Instant] = []
        var now = Instant.seconds(100)
        var copy = session
        while let next = copy.nextChange(after: now), next <= .seconds(104) {
            wakes.append(next)
            _ = copy.reduce(.ticked(at: next))
            now = next
        }
        #expect(wakes == [101, 101.5, 102, 103, 104].map { Instant.seconds($0) })
    }

    @Test func changingTheLengthRecountsTheStrokesWithoutABeat() {
        var session = Self.session(reps: 4)
        _ = session.reduce(.ticked(at: .seconds(106)))
        #expect(session.stroke(at: .seconds(106)) == 3)
        let effects = session.reduce(.timeAdjusted(by: .seconds(10), at: .seconds(106)))
        #expect(!effects.contains { if case .beat = $0 { true } else { false } })
        #expect(session.currentPace?.interval == .seconds(5))
        #expect(session.stroke(at: .seconds(106)) == 2)
        #expect(Self.beats(&session, at: [109.9, 110, 115]) == ["110.0: 3/4 of step 1", "115.0: 4/4 of step 1"])
    }

    @Test func aGetReadyStepHasNoPace() {
        var stage = EngineFixtures.stage("Knead", seconds: 10, sides: [.left, .right])
        stage.reps = 5
        var session = Session(timeline: Timeline(routine: Routine(id: "x", title: LocalizedText("X"), stages: [stage])))
        _ = session.reduce(.started(at: .seconds(0)))
        _ = session.reduce(.ticked(at: .seconds(10)))
        #expect(session.currentStep.isTransition)
        #expect(session.currentPace == nil)
    }
}
