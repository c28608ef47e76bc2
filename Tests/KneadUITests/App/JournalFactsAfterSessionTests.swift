import KneadCore
import KneadUI
import Testing

/// What the app knows of a routine once one of its sessions is done and left, as the journal
/// would read it on the next start: the standing, the pain, the sore side, "it hurts".
@Suite struct JournalFactsAfterSessionTests {
    /// An app at the picker that knows the neck routine's journal of a returning person.
    static func returningAtThePicker() -> AppModel {
        AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false), journal: JournalScenes.returning)
    }

    /// Opens the neck routine, presses `answers` on its safety check, begins (the pain question
    /// skipped) at 3 s, presses `keys` a second apart from 4 s, skips the pain after and goes
    /// back to the picker.
    static func session(_ model: inout AppModel, answers: [Key] = [], keys: [Key]) {
        let opened = [.enter] + answers
        let during = keys.enumerated().map { AppInput.key($1, at: .seconds(4 + Double($0))) }
        let after = Double(4 + keys.count)
        for input in opened.map({ AppInput.key($0, at: .seconds(1)) }) + [.key(.enter, at: .seconds(2)), .key(.character("s"), at: .seconds(3))]
            + during + [.key(.character("s"), at: .seconds(after)), .key(.enter, at: .seconds(after + 1))] { _ = model.handle(input) }
    }

    @Test func aSessionEndedOnItHurtsOffersGentleModeNextTime() throws {
        var model = Self.returningAtThePicker()
        Self.session(&model, keys: [.character("h"), .character("e")])
        #expect(model.screenName == "picker")
        #expect(try #require(model.journal["neck"]).lastEndedOnItHurts)
        _ = model.handle(.key(.enter, at: .seconds(20)))
        #expect(model.render(width: 80, height: 24, at: .seconds(20)).text.contains("g    Gentle, skin only: on, as last time ended on \"it hurts\""))
        _ = model.handle(.key(.escape, at: .seconds(21)))
        Self.session(&model, keys: [.character("q"), .character("y")])
        #expect(try !#require(model.journal["neck"]).lastEndedOnItHurts, "the session after did not end on it")
    }

    @Test func aSessionThatWentBackToItsFirstStepCountsAsTheJournalCountsIt() throws {
        var model = Self.returningAtThePicker()
        // The second step started, then back to the first within its first seconds, then quit.
        Self.session(&model, keys: [.character("n"), .character("b"), .character("q"), .character("y")])
        #expect(model.screenName == "picker")
        #expect(try #require(model.journal["neck"]).standing.nextSession == 5, "step 2 was reached")
    }

    @Test func theSoreSideOfTheSessionIsOfferedNextTime() throws {
        var model = Self.returningAtThePicker()
        Self.session(&model, answers: [.left], keys: [.character("q"), .character("y")])
        #expect(model.screenName == "picker")
        #expect(try #require(model.journal["neck"]).lastSoreSide == .left)
        _ = model.handle(.key(.enter, at: .seconds(20)))
        #expect(model.render(width: 80, height: 24, at: .seconds(20)).text.contains("←→x  Sore side: left (the right side first)"))
    }

    @Test func oneRuleSaysWhetherASessionCountsTowardsTheCourse() {
        #expect(RecordedSession.countsTowardsCourse(finished: true, stepReached: 1))
        #expect(RecordedSession.countsTowardsCourse(finished: false, stepReached: 2))
        #expect(!RecordedSession.countsTowardsCourse(finished: false, stepReached: 1))
        #expect(!RecordedSession.countsTowardsCourse(finished: false, stepReached: 0))
    }

    @Test func notingASessionUpdatesEveryFactItChanges() throws {
        var facts = try #require(JournalScenes.returning["neck"])
        let course = TestRoutines.neck.course
        facts.noteSession(finished: false, stepReached: 1, course: course, pain: PainRatings(), soreSide: .right, endedOnItHurts: true)
        #expect(facts.standing.nextSession == 4 && facts.recentPain.count == 3, "quit in its first step, unrated: neither moves")
        #expect(facts.lastSoreSide == .right && facts.lastEndedOnItHurts)
        facts.noteSession(finished: true, stepReached: 5, course: course, pain: PainRatings(before: 4), soreSide: nil, endedOnItHurts: false)
        #expect(facts.standing.summary(in: .english) == "session 5 of at most 10 · last on Tue 1 Dec")
        #expect(facts.recentPain.last == PainRatings(before: 4))
        #expect(facts.lastSoreSide == .right, "a session without an answer keeps the last one")
        #expect(!facts.lastEndedOnItHurts)
    }
}
