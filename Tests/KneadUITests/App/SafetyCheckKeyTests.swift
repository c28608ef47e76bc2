import Testing
import KneadCore
import KneadUI

/// The keys of the safety check shown before a session.
@Suite struct SafetyCheckKeyTests {
    @Test func nConfirmsNoneAppliesThenThePainAnswerBeginsTheSessionAtItsInstant() throws {
        var model = Scene.app([], start: .routine("neck"))
        #expect(model.handle(.key(.enter, at: .seconds(39))) == [], "Enter does not answer the question")
        #expect(model.screenName == "safetyCheck")
        let answer = SafetyAnswer(routineID: "neck", question: .contraindications, reply: .noneApply)
        #expect(model.handle(.key(.character("n"), at: .seconds(40))) == [.record(.safetyAnswered(answer))])
        #expect(model.screenName == "painBefore")
        let commands = model.handle(.key(.character("6"), at: .seconds(42)))
        #expect(commands.cues == [.cue(.stepStarted(index: 0))])
        #expect(model.pain == PainRatings(before: 6))
        let session = try #require(model.sessionState)
        #expect(session.phase == .running)
        #expect(session.startedAt == .seconds(42))
    }

    @Test func spaceBeginsTheSessionToo() {
        var model = JournalScenes.app(JournalScenes.returning)
        _ = model.handle(.key(.character(" "), at: .seconds(1)))
        #expect(model.screenName == "painBefore")
        _ = model.handle(.key(.character("s"), at: .seconds(2)))
        #expect(model.screenName == "session")
    }

    @Test func qGoesBackToThePickerWhenTheAppBeganThere() {
        var model = Scene.app([.key(.down, at: .seconds(1)), .key(.enter, at: .seconds(1))])
        #expect(model.handle(.key(.character("q"), at: .seconds(2))) == [])
        #expect(model.screenName == "picker")
        #expect(model.pickerSelection == 1)
    }

    @Test func qAndEscapeQuitWhenTheAppBeganAtTheRoutine() {
        var model = Scene.app([], start: .routine("neck"))
        #expect(model.handle(.key(.character("q"), at: .seconds(1))) == [.exit(status: 0)])
        #expect(model.handle(.key(.escape, at: .seconds(1))) == [.exit(status: 0)])
    }

    @Test func arrowsAndJKScrollWithinTheText() {
        var model = Scene.app([], start: .routine("neck"))
        model.resize(width: 40, height: 12)
        let scrollKeys: [Key] = [.down, .character("j")] + Array(repeating: .down, count: 18)
        for key in scrollKeys { _ = model.handle(.key(key, at: .seconds(1))) }
        // 24 lines of text, 7 rows to show them in (the question stays above the key help):
        // the scroll stops where the end shows.
        #expect(model.safetyCheckScroll == 17)
        expectScreen(model.render(width: 40, height: 12, at: .seconds(1)), """
             Neck ease
             ──────────────────────────────────────
             Good to know:
             • Work the muscles, never the spine
               itself.

             Course:
             At most 10 sessions in a row, then 14
             days of rest.
             Do any of these apply to you?
             n: none apply, begin · y: one does
             ↑↓: scroll · ?: help · q: quit
            """)
        _ = model.handle(.key(.up, at: .seconds(1)))
        _ = model.handle(.key(.character("k"), at: .seconds(1)))
        #expect(model.safetyCheckScroll == 15)
    }

    @Test func scrollingNeverGoesAboveTheTop() {
        var model = Scene.app([], start: .routine("neck"))
        _ = model.handle(.key(.up, at: .seconds(1)))
        #expect(model.safetyCheckScroll == 0)
    }

    @Test func aLargerTerminalBringsTheScrollBackWithinTheText() {
        var model = Scene.app([], start: .routine("neck"))
        model.resize(width: 40, height: 12)
        for _ in 0..<5 { _ = model.handle(.key(.down, at: .seconds(1))) }
        model.resize(width: 80, height: 40)
        #expect(model.safetyCheckScroll == 0)
    }

    @Test func aRoutineWithoutStepsCannotBegin() {
        var model = Scene.app([], routines: [TestRoutines.empty], start: .routine("empty"))
        #expect(model.handle(.key(.enter, at: .seconds(1))) == [])
        #expect(model.screenName == "safetyCheck")
        expectScreen(model.render(width: 40, height: 6, at: .seconds(1)), """
             Empty
             ──────────────────────────────────────
             This routine has no steps, so it
             cannot begin.

             ?: help · q: quit
            """)
    }

    @Test func aRoutineWithoutSafetyNotesShowsItsOverview() {
        let model = Scene.app([], routines: [TestRoutines.back], start: .routine("back"))
        expectScreen(model.render(width: 40, height: 6, at: .seconds(1)), """
             Lower back                           ↓
             ──────────────────────────────────────
             lower back · 1 step · 0:45

             f    Flare (acute pain): no
             Enter: begin · ↑↓: scroll · q: quit
            """)
    }
}
