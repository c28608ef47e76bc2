import KneadCore
import KneadUI

/// The questions before a plain session, asked one line at a time on the full screen's rules.
///
/// It drives the full screen's own `SafetyCheck` (pre-set from the journal's facts, so the
/// contraindications fold within a course and the first-time check is asked once), then asks
/// what the screen shows beside it (the sore side, only for two-sided steps; a flare), the
/// course warning and the pain before. It reads nothing: the shell hands it each line, and
/// keeps the answers it returns in the journal, as the full screen does.
struct PlainSafetyQuestions {
    /// The full screen's safety check, answered by lines in place of keys.
    private(set) var check: SafetyCheck
    /// The question to ask now; nil once the questions have ended.
    private(set) var question: PlainQuestion?
    /// Where the questions ended; nil while one is still open.
    private(set) var ending: PlainQuestionsEnding?
    /// The answers given ahead (`--no-contraindications`), to keep in the journal before any question.
    private(set) var answeredAhead: [SafetyAnswer] = []
    private var soreSideAnswered: Bool
    private var flareAnswered: Bool
    private var courseLimitOverridden = false
    private var painBefore: Int??

    /// The questions about `routine`, pre-set from what the journal knows and from the answers
    /// given on the command line.
    init(routine: Routine, facts: RoutineJournalFacts?, ahead: AnswersAhead) {
        check = SafetyCheck(routine: routine, facts: facts)
        soreSideAnswered = !check.asksSoreSide
        flareAnswered = ahead.flare
        painBefore = ahead.pain.before.map { .some($0) }
        if ahead.noContraindications, check.contraindications.state == .asking, let answer = press(.character("n")) {
            answeredAhead.append(answer)
        }
        if let side = ahead.soreSide, check.asksSoreSide {
            choose(side)
            soreSideAnswered = true
        }
        if ahead.flare { _ = press(.character("f")) }
        advance()
    }

    /// Takes the line typed in answer to the open question (nil: input ended) and returns
    /// whether it answered, with the answer to keep in the journal; a line that did not
    /// answer leaves the question open, to be asked again.
    mutating func take(_ line: String?) -> (understood: Bool, answer: SafetyAnswer?) {
        guard let question else { return (false, nil) }
        guard let line else {
            if question.needsAnswer {
                ending = .stop(.noAnswer)
                self.question = nil
                return (true, nil)
            }
            return take("")
        }
        guard let given = question.answer(for: line) else { return (false, nil) }
        var answer: SafetyAnswer?
        switch (question, given) {
        case (.contraindications, .no), (.firstTimeCheck, .no): answer = press(.character("n"))
        case (.contraindications, .yes), (.firstTimeCheck, .yes): answer = press(.character("y"))
        case (.soreSide, .side(let side)):
            choose(side)
            soreSideAnswered = true
        case (.flare, .yes):
            _ = press(.character("f"))
            flareAnswered = true
        case (.flare, .no): flareAnswered = true
        case (.courseFull, .yes): courseLimitOverridden = true
        case (.courseFull, .no): ending = .stop(.courseFull)
        case (.painBefore, .rating(let rating)): painBefore = .some(rating)
        default: return (false, nil)
        }
        advance()
        return (true, answer)
    }

    /// The session the answers make: the sore side only when asked, gentle only in a flare
    /// (the full screen's offer of gentle mode after "it hurts" is not asked here).
    var plan: SessionPlan {
        var plan = check.plan(courseLimitOverridden: courseLimitOverridden)
        plan.gentle = plan.flare
        return plan
    }

    /// Moves on to the next open question, or to the ending.
    private mutating func advance() {
        question = nil
        guard ending == nil else { return }
        if check.holdup == .noSteps { return stop(.refused(.noSteps)) }
        switch check.contraindications.state {
        case .asking: return ask(.contraindications)
        case .someApply: return stop(.contraindicationApplies)
        case .notNeeded, .confirmed: break
        }
        switch check.firstTimeCheck?.state {
        case .asking: return ask(.firstTimeCheck)
        case .notDone: return stop(.firstTimeCheckNotDone)
        case .done, nil: break
        }
        if !soreSideAnswered { return ask(.soreSide) }
        if !flareAnswered { return ask(.flare) }
        if let refusal = SessionDriver.refusal(of: check.routine, plan: plan) { return stop(.refused(refusal)) }
        if check.standing?.limitReached == true, !courseLimitOverridden { return ask(.courseFull) }
        guard let painBefore else { return ask(.painBefore) }
        ending = .begin(plan, painBefore: painBefore)
    }

    private mutating func ask(_ next: PlainQuestion) {
        question = next
    }

    private mutating func stop(_ reason: PlainQuestionsEnding.Reason) {
        ending = .stop(reason)
    }

    /// Presses `key` on the safety check and returns the answer it gave, if any.
    private mutating func press(_ key: Key) -> SafetyAnswer? {
        check.handle(key, maximumScroll: 0, page: 1).answer
    }

    /// Chooses the sore side with the safety check's keys: ←, → or `x`.
    private mutating func choose(_ side: SoreSide) {
        let key: Key = switch side {
        case .left: .left
        case .right: .right
        case .neither: .character("x")
        }
        _ = press(key)
    }
}
