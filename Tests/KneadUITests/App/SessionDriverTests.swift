import KneadCore
import Testing
@testable import KneadUI

/// The full screen and the plain runner follow a session through one `SessionDriver`: fed the
/// same events, they say the same sentences and record the same rows, in the same order.
@Suite struct SessionDriverTests {
    private static let options = AppOptions(colors: false, voice: .all)
    /// The ticks the plain runner would send, late and irregular as a busy machine sends them.
    private static let ticks: [Instant] = [.seconds(112), .seconds(127.5), .seconds(131), .seconds(150.2), .seconds(171), .seconds(200)]

    /// The speech and journal commands among `commands`, in order.
    private static func spokenAndRecorded(_ commands: [AppCommand]) -> [AppCommand] {
        commands.filter { if case .cue = $0 { false } else { true } }
    }

    @Test func theFullScreenAndThePlainRunSayAndRecordTheSameForTheSameEvents() throws {
        // The full screen: the safety check answered, the pain 6, then the ticks, then the pain after 2.
        var model = AppModel(routines: [TestRoutines.neck], start: .routine("neck"), options: Self.options)
        var screen = model.handle(.key(.character("n"), at: .seconds(100)))
        screen = model.handle(.key(.character("6"), at: .seconds(100)))
        for tick in Self.ticks { screen += model.handle(.tick(at: tick)) }
        #expect(model.screenName == "painAfter")
        screen += model.handle(.key(.character("2"), at: .seconds(201)))

        // The plain runner's way: begin with the options' answers, tick, rate the pain after.
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false)
        var begun = try #require(SessionDriver.begin(TestRoutines.neck, plan: plan, painBefore: 6, options: Self.options, recordedOptions: [:], at: .seconds(100)))
        var plain = begun.commands
        for tick in Self.ticks { plain += begun.driver.send(.ticked(at: tick)) }
        #expect(begun.driver.hasEnded)
        plain += begun.driver.ratePainAfter(2)

        #expect(Self.spokenAndRecorded(screen) == Self.spokenAndRecorded(plain))
        #expect(screen.contains(.record(.painAfter(2))) && screen.contains { if case .speech = $0 { true } else { false } })
    }

    @Test func theFirstSentenceGoesOutBeforeTheStartIsRecorded() throws {
        let plan = SessionPlan(routineID: "neck", soreSide: nil, flare: false, gentle: false)
        let begun = try #require(SessionDriver.begin(TestRoutines.neck, plan: plan, painBefore: nil, options: Self.options, recordedOptions: [:], at: .seconds(0)))
        let firstRecord = try #require(begun.commands.firstIndex { if case .record(.sessionStarted) = $0 { true } else { false } })
        #expect(firstRecord == 1, "\(begun.commands)")
        guard case .speech(.speak) = begun.commands[0] else {
            Issue.record("the first command is not speech: \(begun.commands)")
            return
        }
    }

    @Test func aRoutineNotDoneInAFlareIsRefusedAndNothingBegins() {
        var avoided = TestRoutines.neck
        avoided.safety.inFlare = .avoid
        let plan = SessionPlan(routineID: "neck", soreSide: nil, flare: true, gentle: true)
        #expect(SessionDriver.refusal(of: avoided, plan: plan) == .refusedInFlare)
        #expect(SessionDriver.begin(avoided, plan: plan, painBefore: nil, options: Self.options, recordedOptions: [:], at: .seconds(0)) == nil)
        #expect(SessionDriver.refusal(of: TestRoutines.empty, plan: plan) == .noSteps)
        #expect(SessionDriver.refusal(of: TestRoutines.neck, plan: SessionPlan(routineID: "neck", soreSide: nil, flare: false, gentle: false)) == nil)
    }
}
