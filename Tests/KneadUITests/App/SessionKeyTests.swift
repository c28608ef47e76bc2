import Testing
import KneadCore
import KneadUI

/// The keys of a session: each acts at once, at the key's instant.
@Suite struct SessionKeyTests {
    /// A session of the neck routine begun at 100 s, from the picker or straight from the command line.
    private func runningSession(fromPicker: Bool = true) -> AppModel {
        fromPicker ? Scene.app(Scene.begin) : Scene.app([.key(.character("n"), at: .seconds(95)), .key(.character("s"), at: Scene.sessionStart)], start: .routine("neck"))
    }

    private func session(_ model: AppModel) throws -> Session {
        try #require(model.sessionState)
    }

    @Test(arguments: [Key.character(" "), .character("p")])
    func spaceAndPPauseThenResume(key: Key) throws {
        var model = runningSession()
        #expect(model.handle(.key(key, at: .seconds(110))).cues == [.cue(.paused)])
        #expect(try session(model).phase == .paused)
        #expect(try session(model).timeLeftInStep(at: .seconds(500)) == .seconds(20))
        #expect(model.handle(.key(key, at: .seconds(120))).cues == [.cue(.resumed)])
        #expect(try session(model).phase == .running)
        #expect(try session(model).timeLeftInStep(at: .seconds(120)) == .seconds(20))
    }

    @Test(arguments: [Key.character("n"), .right])
    func nAndRightArrowSkipToTheNextStep(key: Key) throws {
        var model = runningSession()
        #expect(model.handle(.key(key, at: .seconds(105))).cues == [.cue(.stepStarted(index: 1))])
        #expect(try session(model).currentIndex == 1)
        #expect(try session(model).outcomes[0] == .skipped)
    }

    @Test(arguments: [Key.character("b"), .left])
    func bAndLeftArrowGoBackToThePreviousStepEarlyInAStep(key: Key) throws {
        var model = runningSession()
        _ = model.handle(.tick(at: .seconds(130)))
        #expect(model.handle(.key(key, at: .seconds(131))).cues == [.cue(.stepStarted(index: 0))])
        #expect(try session(model).currentIndex == 0)
    }

    @Test(arguments: [Key.character("b"), .left])
    func bAndLeftArrowRestartTheStepLaterInAStep(key: Key) throws {
        var model = runningSession()
        _ = model.handle(.key(key, at: .seconds(110)))
        #expect(try session(model).currentIndex == 0)
        #expect(try session(model).timeLeftInStep(at: .seconds(110)) == .seconds(30))
    }

    @Test func rRestartsTheStep() throws {
        var model = runningSession()
        #expect(model.handle(.key(.character("r"), at: .seconds(110))).cues == [.cue(.stepStarted(index: 0))])
        #expect(try session(model).stepStartedAt == .seconds(110))
        #expect(try session(model).timeLeftInStep(at: .seconds(110)) == .seconds(30))
    }

    @Test(arguments: [Key.character("+"), .character("=")])
    func plusAndEqualsAddFifteenSeconds(key: Key) throws {
        var model = runningSession()
        _ = model.handle(.key(key, at: .seconds(105)))
        #expect(try session(model).stepDuration == .seconds(45))
        #expect(model.render(width: 20, height: 6, at: .seconds(105)).text.contains("0:40"))
    }

    @Test func minusTakesFifteenSecondsOff() throws {
        var model = runningSession()
        _ = model.handle(.key(.character("-"), at: .seconds(105)))
        #expect(try session(model).stepDuration == .seconds(15))
        #expect(model.render(width: 20, height: 6, at: .seconds(105)).text.contains("0:10"))
    }

    @Test func questionMarkOpensTheHelpWhileTheSessionRunsOn() throws {
        var model = runningSession()
        _ = model.handle(.key(.character("?"), at: .seconds(110)))
        #expect(model.screenName == "session+help")
        #expect(model.handle(.tick(at: .seconds(130))).cues == [.cue(.stepStarted(index: 1))])
        #expect(model.nextChange(after: .seconds(130)) != nil)
        #expect(model.handle(.key(.character("n"), at: .seconds(131))) == [])
        #expect(model.screenName == "session")
        #expect(try session(model).currentIndex == 1)
    }

    @Test(arguments: [Key.character("q"), .escape])
    func qAndEscapeAskBeforeQuitting(key: Key) throws {
        var model = runningSession()
        #expect(model.handle(.key(key, at: .seconds(110))) == [])
        #expect(model.screenName == "session+quitConfirmation")
        #expect(try session(model).phase == .running)
    }

    @Test(arguments: [Key.character("n"), .character("N"), .escape])
    func noKeepsTheSessionGoing(key: Key) throws {
        var model = runningSession()
        _ = model.handle(.key(.character("q"), at: .seconds(110)))
        #expect(model.handle(.key(key, at: .seconds(111))) == [])
        #expect(model.screenName == "session")
        #expect(try session(model).phase == .running)
    }

    @Test func otherKeysLeaveTheQuestionOpenAndDoNothing() throws {
        var model = runningSession()
        _ = model.handle(.key(.character("q"), at: .seconds(110)))
        #expect(model.handle(.key(.character(" "), at: .seconds(111))) == [])
        #expect(model.screenName == "session+quitConfirmation")
        #expect(try session(model).phase == .running)
    }

    @Test func yesEndsTheSessionAndGoesBackToThePickerWhenTheAppBeganThere() throws {
        var model = runningSession()
        _ = model.handle(.key(.character("q"), at: .seconds(110)))
        let commands = model.handle(.key(.character("y"), at: .seconds(111)))
        let report = SessionReport(done: [], skipped: [0], notReached: [1, 2, 3, 4], activeTime: .seconds(11), pausedTime: .zero, endedEarly: true)
        #expect(commands == [.cue(.finished(report)), .record(.sessionEnded(report, .quit))])
        #expect(model.screenName == "painAfter", "quitting early still asks about the pain")
        #expect(model.handle(.key(.character("4"), at: .seconds(112))) == [.record(.painAfter(4))])
        #expect(model.screenName == "finished")
        #expect(model.handle(.key(.enter, at: .seconds(113))) == [])
        #expect(model.screenName == "picker")
    }

    @Test func yesEndsTheSessionAndExitsWhenTheAppBeganAtTheRoutine() throws {
        var model = runningSession(fromPicker: false)
        _ = model.handle(.key(.character("q"), at: .seconds(110)))
        let commands = model.handle(.key(.character("Y"), at: .seconds(111)))
        #expect(commands.cues.count == 1)
        #expect(model.handle(.key(.character("s"), at: .seconds(112))) == [.record(.painAfter(nil))])
        #expect(model.handle(.key(.character("x"), at: .seconds(113))) == [.exit(status: 0)])
        #expect(try session(model).phase == .finished)
    }

    @Test func unboundKeysDoNothing() throws {
        var model = runningSession()
        #expect(model.handle(.key(.character("x"), at: .seconds(110))) == [])
        #expect(model.handle(.key(.up, at: .seconds(110))) == [])
        #expect(model.screenName == "session")
        #expect(try session(model).currentIndex == 0)
    }
}
