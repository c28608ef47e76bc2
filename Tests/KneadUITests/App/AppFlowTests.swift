import Testing
import KneadCore
import KneadUI

/// Ticks, suspension, wake-ups and the end of a session.
@Suite struct AppFlowTests {
    @Test func aTickAdvancesTheSessionAndForwardsItsCues() throws {
        var model = Scene.app(Scene.begin)
        #expect(model.handle(.tick(at: .seconds(115))).cues == [.cue(.halfway(index: 0))])
        #expect(model.handle(.tick(at: .seconds(130))).cues == [.cue(.stepStarted(index: 1))])
        #expect(try #require(model.sessionState).currentIndex == 1)
    }

    @Test func suspendingPausesTheSession() throws {
        var model = Scene.app(Scene.begin)
        #expect(model.handle(.suspended(at: .seconds(110))).cues == [.cue(.paused)])
        #expect(try #require(model.sessionState).phase == .paused)
    }

    @Test func ticksAndSuspensionOutsideASessionDoNothing() {
        var model = Scene.app([])
        #expect(model.handle(.tick(at: .seconds(1))) == [])
        #expect(model.handle(.suspended(at: .seconds(1))) == [])
        #expect(model.screenName == "picker")
    }

    @Test func theAppWakesAtTheNextSecondOfTheCountdownOnlyWhileASessionRuns() {
        var model = Scene.app([])
        #expect(model.nextChange(after: .seconds(1)) == nil)
        model = Scene.app(Scene.begin)
        #expect(model.nextChange(after: .seconds(100)) == .seconds(101))
        #expect(model.nextChange(after: .seconds(112.4)) == .seconds(113))
        _ = model.handle(.key(.character("p"), at: .seconds(113)))
        #expect(model.nextChange(after: .seconds(113)) == nil)
    }

    @Test func theEndOfTheSessionShowsTheSummaryAndClosesAnOpenBox() throws {
        var model = Scene.app(Scene.begin + [.key(.character("?"), at: .seconds(160))])
        let commands = model.handle(.tick(at: .seconds(200)))
        #expect(commands.contains { if case .cue(.finished) = $0 { true } else { false } })
        #expect(model.screenName == "painAfter", "the help box closed and the question after the session is up")
        #expect(model.nextChange(after: .seconds(200)) == nil)
    }

    @Test func anyKeyOnTheSummaryGoesBackToThePickerWhenTheAppBeganThere() {
        var model = Scene.finished.model
        #expect(model.handle(.key(.character("x"), at: .seconds(300))) == [])
        #expect(model.screenName == "picker")
    }

    @Test func anyKeyOnTheSummaryExitsWhenTheAppBeganAtTheRoutine() {
        var model = Scene.app(
            [.key(.enter, at: .seconds(99)), .key(.character("s"), at: .seconds(100)), .tick(at: .seconds(200)), .key(.character("s"), at: .seconds(201))],
            start: .routine("back")
        )
        #expect(model.screenName == "finished")
        #expect(model.handle(.key(.enter, at: .seconds(300))) == [.exit(status: 0)])
        expectScreen(model.render(width: 30, height: 6, at: .seconds(300)), """
             Session complete, well done
             Lower back
             Time spent   0:45
             Steps done   1 of 1
             Skipped      0
             Any key: exit
            """)
    }

    @Test func aSessionCanBeginAgainAfterGoingBackToThePicker() throws {
        var model = Scene.finished.model
        _ = model.handle(.key(.enter, at: .seconds(300)))
        _ = model.handle(.key(.enter, at: .seconds(301)))
        _ = model.handle(.key(.character("n"), at: .seconds(301.5)))
        _ = model.handle(.key(.character("s"), at: .seconds(302)))
        #expect(try #require(model.sessionState).startedAt == .seconds(302))
    }
}
