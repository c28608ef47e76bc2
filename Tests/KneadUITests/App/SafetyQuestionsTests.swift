import KneadCore
import KneadUI
import Testing

/// The safety check's questions and their keys at literal instants: the contraindications
/// confirmed, the first-time check, the sore side, a flare, gentle mode, and the two-key path.
@Suite struct SafetyQuestionsTests {
    /// The neck routine with a first-time check, as the honey routine's allergy test.
    static let withCheck: Routine = {
        var routine = TestRoutines.neck
        routine.safety.firstTimeCheck = LocalizedText("The patch test: a little oil on the wrist, then watch it.")
        return routine
    }()

    /// The neck routine as a routine not done in a flare.
    static let avoidedInFlare: Routine = {
        var routine = TestRoutines.neck
        routine.safety.inFlare = .avoid
        return routine
    }()

    static func app(_ routine: Routine, journal: [String: RoutineJournalFacts] = [:]) -> AppModel {
        AppModel(routines: [routine], start: .routine(routine.id), options: AppOptions(colors: false), journal: journal)
    }

    static func started(_ commands: [AppCommand]) -> SessionStartRecord? {
        for case .record(.sessionStarted(let start)) in commands { return start }
        return nil
    }

    @Test func yEndsWithAskingADoctorAndNothingStarts() {
        var model = Self.app(TestRoutines.neck)
        let answer = SafetyAnswer(routineID: "neck", question: .contraindications, reply: .someApply)
        #expect(model.handle(.key(.character("y"), at: .seconds(1))) == [.record(.safetyAnswered(answer))])
        #expect(model.screenName == "safetyCheck")
        for key: Key in [.enter, .character(" "), .character("n"), .character("y")] {
            #expect(model.handle(.key(key, at: .seconds(2))) == [], "\(key) starts nothing")
            #expect(model.screenName == "safetyCheck")
        }
        expectScreen(model.render(width: 40, height: 12, at: .seconds(2)), """
             Neck ease                            ↓
             ──────────────────────────────────────
             neck · 5 steps · 1:30

             Do not start if you have:
             • Fever
             • Recent neck injury

             Then do not start: ask your doctor
             first whether this massage is right
             for you.
             ↑↓: scroll · ?: help · q: quit
            """)
    }

    @Test func aConfirmationWithinTheCourseFoldsTheListAndEnterBegins() {
        var model = JournalScenes.app(JournalScenes.returning, colors: false)
        #expect(model.render(width: 80, height: 24, at: .seconds(0)).text.contains("c    Contraindications: confirmed on 20 Nov · show"))
        #expect(!model.render(width: 80, height: 24, at: .seconds(0)).text.contains("• Fever"))
        _ = model.handle(.key(.character("c"), at: .seconds(1)))
        let shown = model.render(width: 80, height: 24, at: .seconds(1)).text
        #expect(shown.contains("confirmed on 20 Nov · fold") && shown.contains("• Fever"))
        #expect(model.handle(.key(.character("n"), at: .seconds(2))) == [], "the question is not asked again")
        #expect(model.handle(.key(.enter, at: .seconds(3))) == [])
        #expect(model.screenName == "painBefore")
    }

    @Test func theTwoKeyPathOfAReturningPersonKeepsLastTimesSide() throws {
        var facts = try #require(JournalScenes.returning["neck"])
        facts.lastSoreSide = .left
        var model = JournalScenes.app(["neck": facts], colors: false)
        #expect(model.render(width: 80, height: 24, at: .seconds(0)).text.contains("←→x  Sore side: left (the right side first)"))
        _ = model.handle(.key(.enter, at: .seconds(1)))
        let start = try #require(Self.started(model.handle(.key(.enter, at: .seconds(2)))))
        #expect(model.screenName == "session")
        #expect(start.soreSide == .left && !start.flare && !start.gentle)
        #expect(start.stepNames == ["Stroking the neck", "Kneading the shoulder (right)", "Switch to the left side", "Kneading the shoulder (left)", "Resting"])
        #expect(model.journal["neck"]?.lastSoreSide == .left)
    }

    @Test func theFirstSessionOfACourseTakesNThenThePainAnswer() throws {
        var model = Self.app(TestRoutines.neck)
        _ = model.handle(.key(.right, at: .seconds(1)))
        _ = model.handle(.key(.character("n"), at: .seconds(2)))
        #expect(model.screenName == "painBefore")
        let start = try #require(Self.started(model.handle(.key(.character("4"), at: .seconds(3)))))
        #expect(start.soreSide == .right)
        #expect(start.stepNames[1] == "Kneading the shoulder (left)", "the right side hurts more, so the left goes first")
    }

    @Test func theSideKeysSetAndClearTheSoreSide() throws {
        var model = JournalScenes.app(JournalScenes.returning, colors: false)
        _ = model.handle(.key(.left, at: .seconds(1)))
        #expect(model.render(width: 80, height: 24, at: .seconds(1)).text.contains("Sore side: left (the right side first)"))
        _ = model.handle(.key(.right, at: .seconds(1)))
        #expect(model.render(width: 80, height: 24, at: .seconds(1)).text.contains("Sore side: right (the left side first)"))
        _ = model.handle(.key(.character("x"), at: .seconds(1)))
        #expect(model.render(width: 80, height: 24, at: .seconds(1)).text.contains("Sore side: neither"))
        _ = model.handle(.key(.enter, at: .seconds(2)))
        let start = try #require(Self.started(model.handle(.key(.character("s"), at: .seconds(3)))))
        #expect(start.soreSide == .neither)
        #expect(start.stepNames[1] == "Kneading the shoulder (left)", "the script's order stands")
    }

    @Test func aOneSidedRoutineAsksNoSoreSideAndRecordsNeither() throws {
        let facts = RoutineJournalFacts(
            standing: CourseStanding(sessionDays: [], course: nil, today: JournalScenes.today), recentPain: [],
            today: JournalScenes.today, lastSoreSide: .right
        )
        var model = Self.app(TestRoutines.back, journal: ["back": facts])
        for key: Key in [.left, .character("x"), .left] { _ = model.handle(.key(key, at: .seconds(1))) }
        #expect(!model.render(width: 80, height: 24, at: .seconds(1)).text.contains("Sore side"))
        _ = model.handle(.key(.enter, at: .seconds(2)))
        let start = try #require(Self.started(model.handle(.key(.character("s"), at: .seconds(3)))))
        #expect(start.soreSide == .neither, "neither last time's side nor the keys pressed")
    }

    @Test func aFlareRunsOnlyStrokingAndRestAndTheJournalSaysSo() throws {
        var model = JournalScenes.app(JournalScenes.returning, colors: false)
        _ = model.handle(.key(.character("f"), at: .seconds(1)))
        let text = model.render(width: 80, height: 24, at: .seconds(1)).text
        #expect(text.contains("f    Flare (acute pain): yes") && text.contains("g    Gentle, skin only: on (flare)"))
        #expect(text.contains("neck · 2 steps · 0:45"), "the overview counts the gentle session's steps")
        _ = model.handle(.key(.enter, at: .seconds(2)))
        let start = try #require(Self.started(model.handle(.key(.character("s"), at: .seconds(3)))))
        #expect(start.flare && start.gentle)
        #expect(start.stepNames == ["Stroking the neck", "Resting"])
        #expect(model.render(width: 80, height: 24, at: .seconds(4)).text.contains("very light — skin only"))
        _ = model.handle(.key(.character("f"), at: .seconds(5)))
        #expect(model.screenName == "session", "f means nothing during a session")
    }

    @Test func aRoutineNotDoneInAFlareIsRefusedWithItsReason() {
        var model = Self.app(Self.avoidedInFlare, journal: JournalScenes.returning)
        _ = model.handle(.key(.character("f"), at: .seconds(1)))
        #expect(model.handle(.key(.enter, at: .seconds(2))) == [])
        #expect(model.screenName == "safetyCheck")
        expectScreen(model.render(width: 80, height: 24, at: .seconds(2)), """
             Neck ease                                                         more below ↓
             ──────────────────────────────────────────────────────────────────────────────
             neck · 2 steps · 0:45
             Next: session 4 of at most 10 · last on Mon 30 Nov

             ←→x  Sore side: neither
             f    Flare (acute pain): yes
             g    Gentle, skin only: on (flare)

             c    Contraindications: confirmed on 20 Nov · show

             How to sit or lie:
             Sit upright.

             Stop at once if:
             • Pain grows
             • Dizziness

             Good to know:
             • Work the muscles, never the spine itself.

             Not during a flare: this routine is not done in acute pain. Choose a gentle
             routine, or wait until the flare passes.
             ↑↓: scroll · ?: help · q: quit
            """)
        _ = model.handle(.key(.character("f"), at: .seconds(3)))
        _ = model.handle(.key(.enter, at: .seconds(4)))
        #expect(model.screenName == "painBefore", "out of a flare the routine starts")
    }

    @Test func gentleIsOfferedWhenTheLastSessionEndedOnItHurts() throws {
        var facts = try #require(JournalScenes.returning["neck"])
        facts.lastEndedOnItHurts = true
        var model = JournalScenes.app(["neck": facts], colors: false)
        #expect(model.render(width: 80, height: 24, at: .seconds(0)).text.contains("g    Gentle, skin only: on, as last time ended on \"it hurts\""))
        _ = model.handle(.key(.enter, at: .seconds(1)))
        let gentle = try #require(Self.started(model.handle(.key(.enter, at: .seconds(2)))))
        #expect(gentle.gentle && !gentle.flare)
        var declined = JournalScenes.app(["neck": facts], colors: false)
        _ = declined.handle(.key(.character("g"), at: .seconds(1)))
        #expect(declined.render(width: 80, height: 24, at: .seconds(1)).text.contains("g    Gentle, skin only: off"))
        _ = declined.handle(.key(.enter, at: .seconds(2)))
        let full = try #require(Self.started(declined.handle(.key(.enter, at: .seconds(3)))))
        #expect(!full.gentle && full.stepNames.count == 5)
    }

    @Test func theFirstTimeCheckIsAskedAfterTheContraindications() throws {
        var model = Self.app(Self.withCheck)
        let none = SafetyAnswer(routineID: "neck", question: .contraindications, reply: .noneApply)
        #expect(model.handle(.key(.character("n"), at: .seconds(1))) == [.record(.safetyAnswered(none))])
        #expect(model.screenName == "safetyCheck")
        expectScreen(model.render(width: 40, height: 12, at: .seconds(1)), """
             Neck ease                            ↓
             ──────────────────────────────────────
             neck · 5 steps · 1:30

             Once, before the very first session:
             The patch test: a little oil on the
             wrist, then watch it.

             Do not start if you have:
             Have you done it?
             y: done · n: not yet
             ↑↓: scroll · ?: help · q: quit
            """)
        let notYet = SafetyAnswer(routineID: "neck", question: .firstTimeCheck, reply: .notDone)
        var waiting = model
        #expect(waiting.handle(.key(.character("n"), at: .seconds(2))) == [.record(.safetyAnswered(notYet))])
        #expect(waiting.handle(.key(.enter, at: .seconds(3))) == [])
        #expect(waiting.render(width: 80, height: 24, at: .seconds(3)).text.contains("Do it first, then come back"))
        let done = SafetyAnswer(routineID: "neck", question: .firstTimeCheck, reply: .done)
        #expect(model.handle(.key(.character("y"), at: .seconds(2))) == [.record(.safetyAnswered(done))])
        #expect(model.screenName == "painBefore", "the last answer begins")
    }

    @Test func aFirstTimeCheckDoneBeforeIsNotAskedAgain() {
        var facts = JournalScenes.returning["neck"]
        facts?.firstTimeCheckDone = true
        var model = Self.app(Self.withCheck, journal: ["neck": facts!])
        #expect(!model.render(width: 80, height: 24, at: .seconds(0)).text.contains("Have you done it?"))
        _ = model.handle(.key(.enter, at: .seconds(1)))
        #expect(model.screenName == "painBefore")
    }

    @Test func answersAreRememberedForTheRestOfTheRun() {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false), journal: JournalScenes.returning.mapValues {
            var facts = $0
            facts.contraindicationsConfirmedOn = nil
            return facts
        })
        _ = model.handle(.key(.enter, at: .seconds(1)))
        _ = model.handle(.key(.character("n"), at: .seconds(2)))
        _ = model.handle(.key(.escape, at: .seconds(3)))
        #expect(model.screenName == "safetyCheck")
        // Back at the picker, and the routine opened again.
        _ = model.handle(.key(.character("q"), at: .seconds(3)))
        _ = model.handle(.key(.enter, at: .seconds(3)))
        #expect(model.render(width: 80, height: 24, at: .seconds(3)).text.contains("confirmed on 1 Dec"), "confirmed today")
        #expect(model.handle(.key(.enter, at: .seconds(4))) == [])
        #expect(model.screenName == "painBefore")
    }

    @Test func aRoutineWithoutContraindicationsHasNothingToConfirm() {
        var model = Self.app(TestRoutines.back)
        _ = model.handle(.key(.enter, at: .seconds(1)))
        #expect(model.screenName == "painBefore")
    }

    @Test func yOnARoutineWithoutContraindicationsRecordsNothing() {
        var model = Self.app(TestRoutines.back)
        #expect(model.handle(.key(.character("y"), at: .seconds(1))) == [], "there is nothing that could apply")
        #expect(model.handle(.key(.character("n"), at: .seconds(2))) == [])
        #expect(model.screenName == "safetyCheck")
        _ = model.handle(.key(.enter, at: .seconds(3)))
        #expect(model.screenName == "painBefore", "nothing holds the session back")
    }

    @Test func yOnARoutineWithOnlyAFirstTimeCheckSaysItIsDone() {
        var routine = TestRoutines.back
        routine.safety.firstTimeCheck = LocalizedText("The patch test.")
        var model = Self.app(routine)
        let done = SafetyAnswer(routineID: "back", question: .firstTimeCheck, reply: .done)
        #expect(model.handle(.key(.character("y"), at: .seconds(1))) == [.record(.safetyAnswered(done))])
        #expect(model.screenName == "painBefore")
    }

    @Test func yAfterNotYetSaysTheFirstTimeCheckIsDone() {
        var model = Self.app(Self.withCheck)
        _ = model.handle(.key(.character("n"), at: .seconds(1)))
        _ = model.handle(.key(.character("n"), at: .seconds(2)))
        let done = SafetyAnswer(routineID: "neck", question: .firstTimeCheck, reply: .done)
        #expect(model.handle(.key(.character("y"), at: .seconds(3))) == [.record(.safetyAnswered(done))], "not some contraindication applying")
        #expect(model.screenName == "painBefore")
    }

    @Test func escOnThePainQuestionKeepsTodaysAnswers() throws {
        var model = JournalScenes.app(JournalScenes.returning, colors: false)
        for key: Key in [.left, .character("f"), .enter, .escape] { _ = model.handle(.key(key, at: .seconds(1))) }
        #expect(model.screenName == "safetyCheck")
        let text = model.render(width: 80, height: 24, at: .seconds(1)).text
        #expect(text.contains("f    Flare (acute pain): yes") && text.contains("Sore side: left (the right side first)"), "\(text)")
        _ = model.handle(.key(.enter, at: .seconds(2)))
        let start = try #require(Self.started(model.handle(.key(.character("s"), at: .seconds(3)))))
        #expect(start.flare && start.gentle && start.soreSide == .left)
    }

    @Test func backFromTheCourseWarningKeepsTodaysAnswers() throws {
        var model = JournalScenes.app(JournalScenes.fullCourse, colors: false)
        for key: Key in [.character("f"), .enter] { _ = model.handle(.key(key, at: .seconds(1))) }
        #expect(model.screenName == "courseWarning")
        _ = model.handle(.key(.character("n"), at: .seconds(2)))
        #expect(model.screenName == "safetyCheck")
        #expect(model.render(width: 80, height: 24, at: .seconds(2)).text.contains("f    Flare (acute pain): yes"))
        for key: Key in [.enter, .character("y"), .escape] { _ = model.handle(.key(key, at: .seconds(3))) }
        #expect(model.screenName == "safetyCheck", "Esc on the pain question after starting anyway")
        #expect(model.render(width: 80, height: 24, at: .seconds(3)).text.contains("f    Flare (acute pain): yes"))
        for key: Key in [.enter, .character("y")] { _ = model.handle(.key(key, at: .seconds(4))) }
        let start = try #require(Self.started(model.handle(.key(.character("s"), at: .seconds(5)))))
        #expect(start.flare && start.courseLimitOverridden)
    }

    @Test func aConfirmationWithNothingToConfirmAnswersNothing() {
        var check = ContraindicationConfirmation(hasContraindications: false, confirmedOn: nil)
        #expect(check.state == .notNeeded && check.allowsStart && !check.showsList)
        #expect(check.answerSomeApply() == nil && check.answerNone() == nil)
        check.toggleList()
        #expect(check.state == .notNeeded && check.allowsStart && !check.showsList)
        var firstTime = FirstTimeCheck(text: LocalizedText("test"), alreadyDone: false)
        #expect(firstTime?.answerNotDone() == .notDone)
        #expect(firstTime?.answerDone() == .done, "done after not yet")
        #expect(firstTime?.answerDone() == nil, "answered once")
    }

    @Test func theSafetyCheckStateMachineOnItsOwn() {
        var check = ContraindicationConfirmation(hasContraindications: true, confirmedOn: nil)
        #expect(check.state == .asking && check.showsList && !check.allowsStart)
        #expect(check.answerNone() == .noneApply)
        #expect(check.answerNone() == nil, "answered once")
        #expect(check.allowsStart)
        #expect(check.answerSomeApply() == .someApply, "things change: y still counts after a confirmation")
        #expect(!check.allowsStart)
        var folded = ContraindicationConfirmation(hasContraindications: true, confirmedOn: JournalScenes.courseBegan)
        #expect(!folded.showsList)
        folded.toggleList()
        #expect(folded.showsList)
        var flare = FlareChoice(rule: .avoid, offerGentle: false)
        #expect(!flare.gentle && !flare.refuses)
        flare.toggleFlare()
        #expect(flare.gentle && flare.refuses)
        var side = SoreSideChoice(lastAnswer: .right)
        #expect(side.firstSide == .left)
        side.choose(.neither)
        #expect(side.firstSide == nil)
        #expect(FirstTimeCheck(text: LocalizedText("test"), alreadyDone: true) == nil)
    }
}
