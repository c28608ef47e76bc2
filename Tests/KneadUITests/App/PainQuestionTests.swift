import KneadCore
import KneadUI
import Testing

/// The pain question before and after a session: its keys, and the two-key path of a returning person.
@Suite struct PainQuestionTests {
    @Test func aDigitAnswersAtOnce() {
        for digit in 0...9 {
            var question = PainQuestion(moment: .before)
            #expect(question.handle(.character(Character(String(digit)))) == .answered(digit))
        }
    }

    @Test func arrowsReachTenAndEnterGivesTheHighlightedAnswer() {
        var question = PainQuestion(moment: .before, highlighted: 8)
        #expect(question.handle(.right) == .stay)
        #expect(question.handle(.right) == .stay)
        #expect(question.handle(.right) == .stay)
        #expect(question.highlighted == 10, "the scale stops at 10")
        #expect(question.handle(.enter) == .answered(10))
        var fresh = PainQuestion(moment: .after)
        #expect(fresh.handle(.enter) == .stay, "Enter gives nothing until an answer is highlighted")
        #expect(fresh.handle(.left) == .stay)
        #expect(fresh.highlighted == 0)
        #expect(fresh.handle(.character("l")) == .stay)
        #expect(fresh.handle(.character(" ")) == .answered(1))
    }

    @Test func theQuestionCanBeSkippedOrLeft() {
        var before = PainQuestion(moment: .before, highlighted: 4)
        #expect(before.handle(.character("s")) == .answered(nil))
        #expect(before.handle(.tab) == .answered(nil))
        #expect(before.handle(.escape) == .back)
        #expect(before.handle(.character("x")) == .stay)
        var after = PainQuestion(moment: .after)
        #expect(after.handle(.escape) == .answered(nil), "after a session, Esc skips: there is nothing to go back to")
    }

    @Test func aReturningPersonReachesTheFirstStepWithTwoKeys() throws {
        var model = JournalScenes.app(JournalScenes.returning)
        #expect(model.handle(.key(.enter, at: .seconds(1))) == [])
        let commands = model.handle(.key(.enter, at: .seconds(2)))
        #expect(model.screenName == "session")
        #expect(try #require(model.sessionState).startedAt == .seconds(2))
        #expect(model.pain.before == 5, "Enter gives last time's answer")
        guard case .record(.sessionStarted(let start)) = commands.first else {
            Issue.record("the session's start is recorded first: \(commands)")
            return
        }
        #expect(start.painBefore == 5 && start.routineID == "neck" && !start.courseLimitOverridden)
        #expect(start.stepNames == ["Stroking the neck", "Kneading the shoulder (left)", "Switch to the right side", "Kneading the shoulder (right)", "Resting"])
    }

    @Test func aRussianSessionRecordsItsStepsWithTheirSidesInRussian() {
        var model = JournalScenes.app(JournalScenes.returning, russian: true)
        _ = model.handle(.key(.enter, at: .seconds(1)))
        guard case .record(.sessionStarted(let start)) = model.handle(.key(.enter, at: .seconds(2))).first else {
            Issue.record("the session's start is recorded first")
            return
        }
        let sided = start.stepNames.filter { $0.hasSuffix(")") }
        #expect(!sided.isEmpty && sided.allSatisfy { $0.hasSuffix(" (левая)") || $0.hasSuffix(" (правая)") }, "\(start.stepNames)")
    }

    @Test func everyStepAndTheEndAreRecordedThenThePainAfter() {
        var model = JournalScenes.app([:], [.key(.character("n"), at: .seconds(1)), .key(.character("6"), at: .seconds(100))])
        #expect(model.handle(.tick(at: .seconds(130))).records == [.record(.stepStarted(index: 1))])
        let end = model.handle(.tick(at: .seconds(200)))
        let report = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(90), pausedTime: .zero, endedEarly: false)
        #expect(end.records == [.record(.stepStarted(index: 2)), .record(.stepStarted(index: 3)), .record(.stepStarted(index: 4)), .record(.sessionEnded(report, .finished))])
        #expect(model.screenName == "painAfter")
        #expect(model.handle(.key(.character("3"), at: .seconds(201))) == [.record(.painAfter(3))])
        #expect(model.pain == PainRatings(before: 6, after: 3))
        #expect(model.screenName == "finished")
    }

    @Test func aSessionDoneFromThePickerMovesItsStandingOnAndItsAnswerIsOfferedNext() throws {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false), journal: JournalScenes.returning)
        for input: AppInput in [
            .key(.enter, at: .seconds(1)), .key(.enter, at: .seconds(2)), .key(.character("3"), at: .seconds(100)),
            .tick(at: .seconds(190)), .key(.character("1"), at: .seconds(191)), .key(.enter, at: .seconds(192)),
        ] { _ = model.handle(input) }
        #expect(model.screenName == "picker")
        let facts = try #require(model.journal["neck"])
        #expect(facts.standing.summary(in: .english) == "session 5 of at most 10 · last on Tue 1 Dec")
        #expect(facts.recentPain.last == PainRatings(before: 3, after: 1))
        _ = model.handle(.key(.enter, at: .seconds(200)))
        _ = model.handle(.key(.enter, at: .seconds(201)))
        #expect(model.pain.before == 3, "Enter gives the answer of the session just done")
    }

    @Test func aSessionQuitInItsFirstStepDoesNotCountTowardsTheCourse() throws {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false), journal: JournalScenes.returning)
        for input: AppInput in [
            .key(.enter, at: .seconds(1)), .key(.character("s"), at: .seconds(2)), .key(.character("q"), at: .seconds(5)),
            .key(.character("y"), at: .seconds(6)), .key(.character("s"), at: .seconds(7)), .key(.enter, at: .seconds(8)),
        ] { _ = model.handle(input) }
        #expect(model.journal["neck"]?.standing.nextSession == 4)
    }

    @Test func escOnTheQuestionBeforeGoesBackToTheSafetyCheck() {
        var model = JournalScenes.app([:], [.key(.character("n"), at: .seconds(1))])
        #expect(model.handle(.key(.escape, at: .seconds(2))) == [])
        #expect(model.screenName == "safetyCheck")
        #expect(model.sessionState == nil)
    }

    @Test func escOnTheQuestionAfterSkipsItAndShowsTheSummary() {
        var model = JournalScenes.app([:], [.key(.character("n"), at: .seconds(1)), .key(.character("6"), at: .seconds(100)), .tick(at: .seconds(200))])
        #expect(model.screenName == "painAfter")
        #expect(model.handle(.key(.escape, at: .seconds(201))) == [.record(.painAfter(nil))])
        #expect(model.screenName == "finished")
        #expect(model.pain == PainRatings(before: 6, after: nil))
    }

    @Test func aFullCourseTakesADeliberateYAndTheJournalNotesIt() {
        var model = JournalScenes.app(JournalScenes.fullCourse)
        _ = model.handle(.key(.enter, at: .seconds(1)))
        #expect(model.screenName == "courseWarning")
        for key in [Key.enter, .character(" "), .character("s"), .character("5")] {
            #expect(model.handle(.key(key, at: .seconds(2))) == [])
            #expect(model.screenName == "courseWarning", "\(key) does not start past the limit")
        }
        _ = model.handle(.key(.character("n"), at: .seconds(3)))
        #expect(model.screenName == "safetyCheck")
        _ = model.handle(.key(.enter, at: .seconds(4)))
        _ = model.handle(.key(.character("y"), at: .seconds(5)))
        #expect(model.screenName == "painBefore")
        let commands = model.handle(.key(.character("2"), at: .seconds(6)))
        guard case .record(.sessionStarted(let start)) = commands.first else {
            Issue.record("no start recorded: \(commands)")
            return
        }
        #expect(start.courseLimitOverridden)
    }
}
