import KneadCore
import Testing
@testable import KneadUI

/// Every transition of every feature, each key handed to the feature itself: where it leads,
/// what it asks the shell to do, and what the journal's facts learn.
@Suite struct FeatureRoutingTests {
    private static let context = AppContext(
        routines: TestRoutines.all, options: AppOptions(colors: false), journal: JournalScenes.returning, recordedOptions: [:],
        startedFromPicker: true
    )
    private static let fullCourse = AppContext(
        routines: TestRoutines.all, options: AppOptions(colors: false), journal: JournalScenes.fullCourse, recordedOptions: [:],
        startedFromPicker: true
    )

    /// Where `key` leads `feature` at 10 s.
    private static func route<F: Feature>(_ feature: F, _ key: Key, in context: AppContext = context) -> Transition {
        var feature = feature
        return feature.handle(.key(key, at: .seconds(10)), in: context)
    }

    private static func routes<F: Feature>(_ feature: F, _ keys: [Key], in context: AppContext = context) -> [String] {
        keys.map { route(feature, $0, in: context).navigation.summary }
    }

    @Test func thePickerOpensARoutineHelpOrQuits() {
        let picker = PickerFeature()
        #expect(Self.routes(picker, [.down, .up, .home, .end, .character("x")]) == ["stay", "stay", "stay", "stay", "stay"])
        #expect(Self.routes(picker, [.enter, .character("2"), .character("9")]) == ["push(safetyCheck)", "push(safetyCheck)", "stay"])
        #expect(Self.routes(picker, [.character("?"), .character("q"), .escape]) == ["openBox(help)", "exit(0)", "exit(0)"])
        var moved = picker
        _ = moved.handle(.key(.character("2"), at: .seconds(1)), in: Self.context)
        #expect(moved.selection == 1)
    }

    @Test func thePickersCOpensTheCalendarWhichMovesByMonthAndRoutineAndGoesBack() {
        #expect(Self.route(PickerFeature(selection: 0), .character("c")).navigation.summary == "push(calendar)")
        #expect(Self.route(PickerFeature(selection: 1), .character("c")).navigation.summary == "stay", "no day known for a routine without facts")
        let calendar = CalendarFeature(routineIndex: 0)
        #expect(Self.routes(calendar, [.left, .right, .up, .down, .character("t"), .home, .character("x")]) == Array(repeating: "stay", count: 7))
        #expect(Self.routes(calendar, [.character("?"), .escape, .character("q"), .character("c"), .backspace]) == [
            "openBox(help)", "back", "back", "back", "back",
        ])
        var moved = calendar
        for key: Key in [.down, .down, .left, .left, .right] { _ = moved.handle(.key(key, at: .seconds(1)), in: Self.context) }
        #expect(moved.routineIndex == 1 && moved.monthOffset == -1)
        _ = moved.handle(.key(.character("t"), at: .seconds(1)), in: Self.context)
        #expect(moved.monthOffset == 0)
    }

    @Test func theSafetyCheckBeginsThroughThePainQuestionOrTheCourseWarning() throws {
        let first = SafetyCheckFeature(routine: TestRoutines.neck, in: AppContext(
            routines: TestRoutines.all, options: AppOptions(colors: false), journal: [:], recordedOptions: [:], startedFromPicker: true
        ))
        let answered = Self.route(first, .character("n"))
        #expect(answered.navigation.summary == "push(painBefore)")
        let answer = SafetyAnswer(routineID: "neck", question: .contraindications, reply: .noneApply)
        #expect(answered.commands == [.record(.safetyAnswered(answer))])
        #expect(answered.notes == [.safetyAnswered(answer)])

        let returning = SafetyCheckFeature(routine: TestRoutines.neck, in: Self.context)
        #expect(Self.routes(returning, [.enter, .character("?"), .character("q"), .escape, .down]) == ["push(painBefore)", "openBox(help)", "back", "back", "stay"])
        let full = SafetyCheckFeature(routine: TestRoutines.neck, in: Self.fullCourse)
        #expect(Self.route(full, .enter, in: Self.fullCourse).navigation.summary == "push(courseWarning)")
    }

    @Test func theCourseWarningStartsAnywayOnlyOnYes() throws {
        let check = SafetyCheck(routine: TestRoutines.neck, facts: JournalScenes.fullCourse["neck"])
        let warning = CourseWarningFeature(check: check, warning: CourseWarning(standing: try #require(check.standing)))
        #expect(Self.routes(warning, [.character("y"), .character("n"), .escape, .enter], in: Self.fullCourse) == ["replace(painBefore)", "back", "back", "stay"])
        guard case .replace(let question as PainQuestionFeature) = Self.route(warning, .character("y"), in: Self.fullCourse).navigation,
              case .before(let plan, _) = question.moment else {
            Issue.record("yes does not lead to the pain question before")
            return
        }
        #expect(plan.courseLimitOverridden)
    }

    @Test func thePainQuestionBeforeBeginsTheSessionOrGoesBack() {
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false)
        let question = PainQuestionFeature.before(plan, routine: TestRoutines.neck, in: Self.context)
        #expect(Self.routes(question, [.character("4"), .enter, .character("s"), .escape, .character("x")]) == ["replace(session)", "replace(session)", "replace(session)", "back", "stay"])
        let begun = Self.route(question, .character("4"))
        #expect(begun.commands.contains { if case .record(.sessionStarted(let start)) = $0 { start.painBefore == 4 } else { false } })
    }

    /// A session of the neck routine begun at 0 s.
    private static func session() throws -> SessionFeature {
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false)
        let begun = try #require(SessionDriver.begin(TestRoutines.neck, plan: plan, painBefore: 5, options: AppOptions(), recordedOptions: [:], at: .seconds(0)))
        return SessionFeature(driver: begun.driver, routine: TestRoutines.neck)
    }

    @Test func theSessionsKeysStayOrOpenABoxAndItsEndAsksThePainAfter() throws {
        let session = try Self.session()
        let staying: [Key] = [.character(" "), .character("n"), .character("b"), .character("r"), .character("+"), .character("-"), .character("z")]
        #expect(Self.routes(session, staying).allSatisfy { $0 == "stay" })
        #expect(Self.routes(session, [.character("h"), .character("?"), .character("q")]) == ["openBox(itHurts)", "openBox(help)", "openBox(quitConfirmation)"])
        var ending = session
        #expect(ending.handle(.tick(at: .seconds(500)), in: Self.context).navigation.summary == "replace(painAfter)")
        var quitting = session
        #expect(quitting.handle(.boxAnswered(.quitConfirmed, at: .seconds(3)), in: Self.context).navigation.summary == "replace(painAfter)")
        var easing = session
        let box = ItHurtsBox(press: 1, alreadyGentle: false, wasRunning: true)
        #expect(easing.handle(.boxAnswered(.itHurts(.gentle, box), at: .seconds(3)), in: Self.context).navigation.summary == "stay")
        #expect(easing.driver.session.isGentle)
    }

    @Test func theBoxesCloseWithTheirAnswers() {
        let box = ItHurtsBox(press: 1, alreadyGentle: false, wasRunning: true)
        #expect(Self.routes(ItHurtsBoxFeature(box: box), [.character("g"), .character("s"), .character("e"), .character("r"), .enter, .character("z")])
            == ["closeBox(itHurts.gentle)", "closeBox(itHurts.skip)", "closeBox(itHurts.end)", "closeBox(itHurts.resume)", "closeBox(itHurts.gentle)", "stay"])
        #expect(Self.routes(QuitQuestionFeature(), [.character("y"), .character("n"), .escape, .character("z")]) == ["closeBox(quitConfirmed)", "closeBox", "closeBox", "stay"])
        #expect(Self.routes(HelpBoxFeature(sections: []), [.character("z"), .enter]) == ["closeBox", "closeBox"])
    }

    @Test func thePainAfterShowsTheSummaryWhichGoesHomeAndNotesTheSession() throws {
        var session = try Self.session()
        _ = session.handle(.tick(at: .seconds(500)), in: Self.context)
        let after = PainQuestionFeature.after(session.driver)
        #expect(Self.routes(after, [.character("2"), .escape, .character("s"), .character("x")]) == ["replace(finished)", "replace(finished)", "replace(finished)", "stay"])
        #expect(Self.route(after, .character("2")).commands == [.record(.painAfter(2))])
        guard case .replace(let summary as SummaryFeature) = Self.route(after, .character("2")).navigation else {
            Issue.record("the pain after does not lead to the summary")
            return
        }
        let left = Self.route(summary, .character("x"))
        #expect(left.navigation.summary == "home")
        #expect(left.notes == [.sessionLeft(routine: TestRoutines.neck, outcome: SessionOutcome(
            finished: true, stepReached: 5, pain: PainRatings(before: 5, after: 2), soreSide: .neither, endedOnItHurts: false
        ))])
    }
}
