import KneadCore
import KneadUI
import Testing

/// The "it hurts" key during a session: it pauses at once, the box offers gently, skip, end or
/// resume, each one key with Enter for the default, and a second press recommends ending.
@Suite struct ItHurtsTests {
    /// A neck session begun at 100 s (without colours), with `h` pressed at 110 s during the stroking.
    static func hurting(voice: VoiceLevel = .off) -> (model: AppModel, commands: [AppCommand]) {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false, voice: voice))
        for input in Scene.begin { _ = model.handle(input) }
        let commands = model.handle(.key(.character("h"), at: .seconds(110)))
        return (model, commands)
    }

    static func records(_ commands: [AppCommand]) -> [JournalEntry] {
        commands.compactMap { if case .record(let entry) = $0 { entry } else { nil } }
    }

    @Test func hPausesAtOnceAndOpensTheBox() throws {
        let (model, commands) = Self.hurting()
        #expect(commands.cues == [.cue(.paused)])
        #expect(model.screenName == "session+itHurts")
        #expect(try #require(model.sessionState).phase == .paused)
        expectScreen(model.render(width: 80, height: 24, at: .seconds(120)), """
             Neck ease                                              step 1 of 5 · 1:20 left
             ──────────────────────────────────────────────────────────────────────────────
             Stroking the neck
             Stroking · neck · about 10 times

             Stroke with flat palms from the hairline down to the shoulders, slowly and
             lightly.
                           ┌────────────────── It hurts ───────────────────┐
                           │ Ease off: lighter pressure, or stop the move. │
                           │ Strong or growing pain means stop.            │
                  ██████   │                                               │███ ████
                  ██  ██ ██│ g: go on gently (Enter)                       │    ██  ██
                  ██  ██   │ s: skip this step                             │███ ██  ██
                  ██  ██ ██│ e: end the session                            │    ██  ██
                  ██████   │ r: resume as it was                           │███ ████
                           │ Enter: go on gently                           │
                           └───────────────────────────────────────────────┘

             Step    ███████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session ███████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: Kneading the shoulder · LEFT side · 0:20

             Space: resume · n: next · b: back · h: it hurts · ?: help · q: quit
            """)
        expectScreen(model.render(width: 40, height: 12, at: .seconds(120)), """
            ┌───────────── It hurts ──────────────┐
            │ Ease off: lighter pressure, or stop │
            │ the move.                           │
            │ Strong or growing pain means stop.  │
            │                                     │
            │ g: go on gently (Enter)             │
            │ s: skip this step                   │
            │ e: end the session                  │
            │ r: resume as it was                 │
            │ Enter: go on gently                 │
            └─────────────────────────────────────┘
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func theBangKeyAndTheRussianLayoutOpenItToo() {
        for key: Key in [.character("!"), .character("р")] {
            var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false))
            for input in Scene.begin { _ = model.handle(input) }
            _ = model.handle(.key(key, at: .seconds(110)))
            #expect(model.screenName == "session+itHurts", "\(key)")
        }
    }

    @Test func gentlyLeavesOutAllButStrokingAndRestAndRuns() throws {
        var (model, _) = Self.hurting()
        let commands = model.handle(.key(.character("g"), at: .seconds(112)))
        #expect(Self.records(commands) == [.itHurts(step: 1, stepName: "Stroking the neck", choice: .gentle)])
        let session = try #require(model.sessionState)
        #expect(session.isGentle && session.phase == .running && session.currentIndex == 0, "the stroking goes on")
        #expect(model.render(width: 80, height: 24, at: .seconds(113)).text.contains("very light — skin only"))
        _ = model.handle(.tick(at: .seconds(132)))
        #expect(try #require(model.sessionState).currentStep.stage.technique == .rest, "the kneading is left out")
    }

    @Test func theSummarySaysTheSessionRanGentle() {
        var (model, _) = Self.hurting()
        _ = model.handle(.key(.character("g"), at: .seconds(112)))
        _ = model.handle(.tick(at: .seconds(200)))
        _ = model.handle(.key(.character("s"), at: .seconds(201)))
        #expect(model.screenName == "finished")
        expectScreen(model.render(width: 40, height: 12, at: .seconds(201)), """
             Session complete, well done
             Neck ease

             Time spent   0:45
             Paused       0:02
             Steps done   2 of 5
             Skipped      0
             Gentle mode  on, 3 steps left out



             Any key: back to the list
            """)
    }

    @Test func skipGoesToTheNextStepAndRuns() throws {
        var (model, _) = Self.hurting()
        let commands = model.handle(.key(.character("s"), at: .seconds(112)))
        #expect(Self.records(commands) == [.itHurts(step: 1, stepName: "Stroking the neck", choice: .skip), .stepStarted(index: 1)])
        let session = try #require(model.sessionState)
        #expect(session.currentIndex == 1 && session.phase == .running && !session.isGentle)
    }

    @Test func endEndsTheSessionAndAsksThePainAfter() throws {
        var (model, _) = Self.hurting()
        let commands = model.handle(.key(.character("e"), at: .seconds(112)))
        let records = Self.records(commands)
        #expect(records.first == .itHurts(step: 1, stepName: "Stroking the neck", choice: .end))
        guard case .sessionEnded(let report, .quit) = records.last else {
            Issue.record("the session's end is recorded: \(records)")
            return
        }
        #expect(report.endedEarly)
        #expect(model.screenName == "painAfter")
    }

    @Test func resumeGoesOnAsItWasAndKeepsAPauseThatWasThere() throws {
        var (model, _) = Self.hurting()
        let commands = model.handle(.key(.escape, at: .seconds(112)))
        #expect(Self.records(commands) == [.itHurts(step: 1, stepName: "Stroking the neck", choice: .resume)])
        #expect(try #require(model.sessionState).phase == .running)
        var paused = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false))
        for input in Scene.begin + [.key(.character("p"), at: .seconds(105))] { _ = paused.handle(input) }
        _ = paused.handle(.key(.character("h"), at: .seconds(110)))
        _ = paused.handle(.key(.character("r"), at: .seconds(111)))
        #expect(try #require(paused.sessionState).phase == .paused, "resuming as it was leaves it paused")
    }

    @Test func otherKeysLeaveTheBoxOpen() {
        var (model, _) = Self.hurting()
        for key: Key in [.character("q"), .character("n"), .character(" "), .character("h"), .character("?")] {
            #expect(model.handle(.key(key, at: .seconds(111))) == [])
            #expect(model.screenName == "session+itHurts")
        }
    }

    @Test func enterTakesGentlyAtFirstAndEndAtTheSecondPress() throws {
        var (model, _) = Self.hurting()
        _ = model.handle(.key(.enter, at: .seconds(112)))
        #expect(try #require(model.sessionState).isGentle)
        _ = model.handle(.key(.character("h"), at: .seconds(115)))
        expectScreen(model.render(width: 40, height: 12, at: .seconds(115)), """
            ┌───────────── It hurts ──────────────┐
            │ Ease off: lighter pressure, or stop │
            │ the move.                           │
            │ Strong or growing pain means stop.  │
            │ It hurts again: better end the      │
            │ session here.                       │
            │                                     │
            │ s: skip this step                   │
            │ e: end the session (Enter)          │
            │ r: resume as it was                 │
            │ Enter: end the session              │
            └─────────────────────────────────────┘
            """)
        #expect(model.handle(.key(.character("g"), at: .seconds(116))) == [], "gently is no choice when the session is gentle already")
        let commands = model.handle(.key(.enter, at: .seconds(116)))
        #expect(Self.records(commands).first == .itHurts(step: 1, stepName: "Stroking the neck", choice: .end))
        #expect(model.screenName == "painAfter")
    }

    @Test func theCountStartsAgainWithEachSession() throws {
        var (model, _) = Self.hurting()
        _ = model.handle(.key(.character("e"), at: .seconds(112)))
        _ = model.handle(.key(.character("s"), at: .seconds(113)))
        _ = model.handle(.key(.character("x"), at: .seconds(114)))
        #expect(model.screenName == "picker")
        for key: Key in [.enter, .character("n"), .character("s")] { _ = model.handle(.key(key, at: .seconds(200))) }
        #expect(model.screenName == "session")
        _ = model.handle(.key(.character("h"), at: .seconds(205)))
        _ = model.handle(.key(.enter, at: .seconds(206)))
        #expect(try #require(model.sessionState).isGentle, "a first press again: Enter goes on gently")
    }

    @Test func theVoiceSaysEaseOffInsteadOfPaused() {
        let (_, commands) = Self.hurting(voice: .on)
        #expect(commands.first == .speech(.speak(Announcement(text: "Ease off.", language: "en"))))
        #expect(!commands.dropFirst().contains { if case .speech = $0 { true } else { false } })
        let (_, silent) = Self.hurting(voice: .off)
        #expect(!silent.contains { if case .speech = $0 { true } else { false } })
    }

    @Test func theBoxChoicesOnTheirOwn() {
        let first = ItHurtsBox(press: 1, alreadyGentle: false, wasRunning: true)
        #expect(first.defaultChoice == .gentle && !first.recommendsEnding)
        #expect(first.choice(for: .enter) == .gentle && first.choice(for: .character("s")) == .skip)
        #expect(first.choice(for: .character("e")) == .end && first.choice(for: .escape) == .resume)
        #expect(first.choice(for: .character("x")) == nil)
        let gentle = ItHurtsBox(press: 1, alreadyGentle: true, wasRunning: true)
        #expect(gentle.defaultChoice == .resume && gentle.choice(for: .character("g")) == nil)
        let second = ItHurtsBox(press: 2, alreadyGentle: false, wasRunning: false)
        #expect(second.recommendsEnding && second.defaultChoice == .end)
    }
}
