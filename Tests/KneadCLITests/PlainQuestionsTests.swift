import KneadCore
import KneadUI
import Testing

@testable import knead

/// The plain mode's questions without a terminal: which is asked when, what a line answers,
/// what is kept in the journal, and where the questions end; in English and Russian.
@Suite struct PlainQuestionsTests {
    /// A routine of stroking and two-sided kneading, with contraindications, a first-time check and a course of two sessions.
    static let routine = Routine(
        id: "neck",
        title: LocalizedText("Neck ease"),
        safety: Safety(
            contraindications: [LocalizedText(translations: ["en": "Fever", "ru": "Температура"])],
            firstTimeCheck: LocalizedText("The patch test: a little oil on the wrist, then watch it.")
        ),
        course: Course(maxSessions: 2, restDays: 14),
        stages: [
            Stage(
                name: LocalizedText("Stroking the neck"), technique: .stroking, area: "neck",
                duration: .seconds(30), instructions: LocalizedText("Stroke lightly.")
            ),
            Stage(
                name: LocalizedText("Kneading the shoulder"), technique: .kneading, area: "trapezius",
                duration: .seconds(20), sides: [.left, .right], instructions: LocalizedText("Knead in slow circles.")
            ),
        ]
    )

    static let today = CalendarDay(year: 2026, month: 11, day: 30)!

    /// The journal's facts of a returning person: confirmed today, the check done.
    static func returning(courseFull: Bool = false) -> RoutineJournalFacts {
        let standing = CourseStanding(
            nextSession: courseFull ? 3 : 2, maxSessions: 2, lastSessionDay: today,
            restUntil: courseFull ? CalendarDay(year: 2026, month: 12, day: 14) : nil
        )
        return RoutineJournalFacts(
            standing: standing, recentPain: [], today: today, contraindicationsConfirmedOn: today, firstTimeCheckDone: true
        )
    }

    static func answer(_ question: SafetyAnswer.Question, _ reply: SafetyAnswer.Reply) -> SafetyAnswer {
        SafetyAnswer(routineID: "neck", question: question, reply: reply)
    }

    @Test func theFirstSessionAsksEveryQuestionInTheFullScreensOrder() {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        var asked: [PlainQuestion] = []
        var kept: [SafetyAnswer] = []
        for line in ["n", "y", "r", "", "4"] {
            asked += questions.question.map { [$0] } ?? []
            let taken = questions.take(line)
            #expect(taken.understood, "\(line)")
            kept += taken.answer.map { [$0] } ?? []
        }
        #expect(asked == [.contraindications, .firstTimeCheck, .soreSide, .flare, .painBefore])
        #expect(kept == [Self.answer(.contraindications, .noneApply), Self.answer(.firstTimeCheck, .done)])
        let plan = SessionPlan(routineID: "neck", soreSide: .right, flare: false, gentle: false)
        #expect(questions.question == nil && questions.ending == .begin(plan, painBefore: 4))
    }

    @Test func yToTheContraindicationsStartsNothingAndIsKept() {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        let taken = questions.take("Y")
        #expect(taken.understood && taken.answer == Self.answer(.contraindications, .someApply))
        #expect(questions.question == nil && questions.ending == .stop(.contraindicationApplies))
    }

    @Test func notYetToTheFirstTimeCheckStartsNothing() {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        _ = questions.take("n")
        #expect(questions.take("no").answer == Self.answer(.firstTimeCheck, .notDone))
        #expect(questions.ending == .stop(.firstTimeCheckNotDone))
    }

    @Test(arguments: ["", "maybe", "4", "yes please"])
    func aWrongAnswerLeavesTheQuestionOpen(line: String) {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        let taken = questions.take(line)
        #expect(!taken.understood && taken.answer == nil)
        #expect(questions.question == .contraindications && questions.ending == nil)
    }

    @Test func theEndOfInputStartsNothingThatNeededAYes() {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        #expect(questions.take(nil) == (understood: true, answer: nil))
        #expect(questions.ending == .stop(.noAnswer))
    }

    @Test func theEndOfInputOnAnOptionalQuestionTakesItsDefault() {
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: Self.returning(), ahead: AnswersAhead())
        #expect(questions.question == .soreSide)
        for _ in 0..<3 { _ = questions.take(nil) }
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false)
        #expect(questions.ending == .begin(plan, painBefore: nil))
    }

    @Test func aReturningPersonIsNotAskedTheConfirmedListOrTheCheckAgain() {
        let questions = PlainSafetyQuestions(routine: Self.routine, facts: Self.returning(), ahead: AnswersAhead())
        #expect(questions.question == .soreSide)
    }

    @Test func answersAheadSkipTheirQuestionsAndTheConfirmationIsKept() {
        let ahead = AnswersAhead(noContraindications: true, soreSide: .left, flare: true, pain: PainRatings(before: 6))
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: ahead)
        #expect(questions.answeredAhead == [Self.answer(.contraindications, .noneApply)])
        #expect(questions.question == .firstTimeCheck)
        _ = questions.take("y")
        let plan = SessionPlan(routineID: "neck", soreSide: .left, flare: true, gentle: true)
        #expect(questions.ending == .begin(plan, painBefore: 6))
    }

    @Test func aRoutineWithoutTwoSidedStepsIsNotAskedTheSoreSide() {
        var oneSided = Self.routine
        oneSided.stages[1].sides = []
        let questions = PlainSafetyQuestions(routine: oneSided, facts: Self.returning(), ahead: AnswersAhead())
        #expect(questions.question == .flare)
    }

    @Test func aFlareRefusesARoutineNotDoneInOne() {
        var avoided = Self.routine
        avoided.safety.inFlare = .avoid
        var questions = PlainSafetyQuestions(routine: avoided, facts: Self.returning(), ahead: AnswersAhead(soreSide: .neither))
        _ = questions.take("y")
        #expect(questions.ending == .stop(.refused(.refusedInFlare)))
    }

    @Test func aFullCourseTakesADeliberateYes() {
        let ahead = AnswersAhead(soreSide: .neither, pain: PainRatings(before: 2))
        var questions = PlainSafetyQuestions(routine: Self.routine, facts: Self.returning(courseFull: true), ahead: ahead)
        _ = questions.take("")
        #expect(questions.question == .courseFull)
        #expect(!questions.take("").understood, "Enter does not start a full course")
        _ = questions.take("y")
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false, courseLimitOverridden: true)
        #expect(questions.ending == .begin(plan, painBefore: 2))

        var declined = PlainSafetyQuestions(routine: Self.routine, facts: Self.returning(courseFull: true), ahead: ahead)
        _ = declined.take("")
        _ = declined.take("n")
        #expect(declined.ending == .stop(.courseFull))
    }

    @Test(arguments: [("", nil), ("0", 0), ("10", 10), ("s", nil)] as [(String, Int?)])
    func thePainIsAWholeNumberFrom0To10OrSkipped(line: String, rating: Int?) {
        #expect(PlainQuestion.painBefore.answer(for: line) == .rating(rating))
    }

    @Test(arguments: ["11", "-1", "five", "4.5"])
    func anythingElseIsNoRating(line: String) {
        #expect(PlainQuestion.painAfter.answer(for: line) == nil)
    }

    @Test func withoutATerminalTheContraindicationsAreKeptAsNotAsked() {
        let unasked = UnaskedSafety(routine: Self.routine, facts: nil, ahead: AnswersAhead(flare: true))
        #expect(unasked.answer == Self.answer(.contraindications, .notAsked) && unasked.showsUnconfirmedList)
        #expect(unasked.plan == SessionPlan(routineID: "neck", soreSide: nil, flare: true, gentle: true))
        let ahead = UnaskedSafety(routine: Self.routine, facts: nil, ahead: AnswersAhead(noContraindications: true))
        #expect(ahead.answer == Self.answer(.contraindications, .noneApply) && !ahead.showsUnconfirmedList)
        let confirmed = UnaskedSafety(routine: Self.routine, facts: Self.returning(), ahead: AnswersAhead())
        #expect(confirmed.answer == nil && !confirmed.showsUnconfirmedList)
    }

    @Test func everyQuestionNamesItsAnswersInEnglish() {
        let wording = PlainQuestionWording(words: .english)
        #expect(wording.line(for: .contraindications) == "Do any of these apply to you? (n: none apply, y: one does)")
        #expect(wording.line(for: .soreSide) == "Which side hurts more? (l: left, r: right, Enter: neither)")
        #expect(wording.line(for: .flare) == "Is this a flare (acute pain)? (y / Enter: no)")
        #expect(wording.line(for: .painBefore) == "How much does it hurt now, 0 to 10? (Enter: skip)")
        #expect(wording.line(for: .courseFull, standing: Self.returning(courseFull: true).standing)
            == "Start session 3 anyway? The journal will note it. (y: start anyway, n: not now)")
    }

    @Test func everyQuestionIsAskedInRussian() {
        let wording = PlainQuestionWording(words: Wording(code: "ru_RU.UTF-8"))
        #expect(wording.line(for: .contraindications) == "Что-нибудь из этого относится к вам? (n: ничего, y: да, одно есть)")
        #expect(wording.line(for: .soreSide) == "Какая сторона болит сильнее? (l: левая, r: правая, Enter: никакая)")
        #expect(wording.line(for: .painAfter) == "А теперь, после сеанса, от 0 до 10? (Enter: пропустить)")
        let questions = PlainSafetyQuestions(routine: Self.routine, facts: nil, ahead: AnswersAhead())
        #expect(wording.lines(before: .contraindications, of: questions) == ["Не начинайте, если у вас:", "  Температура"])
        for question in PlainQuestion.allCases {
            let line = wording.line(for: question, standing: Self.returning(courseFull: true).standing)
            #expect(line != PlainQuestionWording(words: .english).line(for: question, standing: Self.returning(courseFull: true).standing))
            #expect(!line.contains("cli."), "\(question) has its phrase")
        }
        #expect(wording.reason(.noAnswer, routineID: "neck") == "Ответа нет, поэтому сеанс не начнётся.")
    }
}
