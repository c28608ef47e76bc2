import KneadCore

/// The safety check before a session as a small state machine: the contraindications
/// confirmed, the first-time check, the sore side, flare and gentle mode, and the scroll.
///
/// Every answer comes pre-set from the journal, so a returning person begins with Enter; at
/// the first session of a course `n` (none applies) confirms and begins at once.
public struct SafetyCheck: Hashable, Sendable {
    /// What a key led to.
    public struct Outcome: Hashable, Sendable {
        /// What happened next.
        public enum Next: Hashable, Sendable {
            case stay, begin, showHelp, leave
        }

        public var next: Next
        /// An answer to keep in the journal, given with this key.
        public var answer: SafetyAnswer? = nil
    }

    /// Why a session cannot start yet, as the screen tells it.
    public enum Holdup: Hashable, Sendable {
        case confirmContraindications, contraindicationApplies, firstTimeCheckAsked, firstTimeCheckNotDone, refusedInFlare, nothingGentle, noSteps
    }

    public let routine: Routine
    /// Whether the routine has any step at all, whatever the answers.
    let hasSteps: Bool
    /// Where the person stands in the routine's course, as the journal told when the check opened.
    public let standing: CourseStanding?
    /// Whether "which side hurts more?" is asked: only a routine with two-sided steps has a side to put first.
    public let asksSoreSide: Bool
    /// How many lines of the text are scrolled off the top.
    private(set) var scroll = 0
    public private(set) var contraindications: ContraindicationConfirmation
    public private(set) var firstTimeCheck: FirstTimeCheck?
    public private(set) var soreSide: SoreSideChoice
    public private(set) var flare: FlareChoice

    /// The check of `routine`, its answers pre-set from what the journal knows.
    public init(routine: Routine, facts: RoutineJournalFacts?) {
        self.routine = routine
        hasSteps = !Timeline(routine: routine).steps.isEmpty
        standing = facts?.standing
        contraindications = ContraindicationConfirmation(
            hasContraindications: !routine.safety.contraindications.isEmpty, confirmedOn: facts?.contraindicationsConfirmedOn
        )
        firstTimeCheck = FirstTimeCheck(text: routine.safety.firstTimeCheck, alreadyDone: facts?.firstTimeCheckDone ?? false)
        asksSoreSide = routine.stages.contains { $0.sides.contains(.left) && $0.sides.contains(.right) }
        soreSide = SoreSideChoice(lastAnswer: facts?.lastSoreSide)
        flare = FlareChoice(rule: routine.safety.inFlare, offerGentle: facts?.lastEndedOnItHurts ?? false)
    }

    /// The timeline the session would run, fitted to today's answers.
    var timeline: Timeline { Timeline(routine: routine, adaptation: plan.adaptation) }

    /// The session the answers make.
    public var plan: SessionPlan { plan(courseLimitOverridden: false) }

    /// The session the answers make, past the course's limit when `courseLimitOverridden`.
    public func plan(courseLimitOverridden: Bool) -> SessionPlan {
        SessionPlan(
            routineID: routine.id, soreSide: asksSoreSide ? soreSide.answer : .neither, flare: flare.flare, gentle: flare.gentle,
            courseLimitOverridden: courseLimitOverridden
        )
    }

    /// What stops the session from starting now, the first thing to settle first; nil when it may start.
    public var holdup: Holdup? { holdup(for: timeline) }

    /// What stops the session from starting now, `timeline` being this check's; for a screen
    /// that has worked the timeline out already.
    func holdup(for timeline: Timeline) -> Holdup? {
        // What no answer can change comes first, by the rule every session follows.
        switch SessionDriver.refusal(of: routine, plan: plan, timeline: timeline) {
        case .noSteps: return .noSteps
        case .refusedInFlare: return .refusedInFlare
        case .nothingGentle: return .nothingGentle
        case nil: break
        }
        switch contraindications.state {
        case .asking: return .confirmContraindications
        case .someApply: return .contraindicationApplies
        case .confirmed, .notNeeded: break
        }
        switch firstTimeCheck?.state {
        case .asking: return .firstTimeCheckAsked
        case .notDone: return .firstTimeCheckNotDone
        case .done, nil: break
        }
        return nil
    }

    /// Applies a key; `maximumScroll` and `page` come from the screen's size.
    public mutating func handle(_ key: Key, maximumScroll: Int, page: Int) -> Outcome {
        guard let command = SafetyCheckCommand.bindings.command(for: key) else { return Outcome(next: .stay) }
        switch command {
        case .scrollUp: scroll = max(0, scroll - 1)
        case .scrollDown: scroll = min(scroll + 1, maximumScroll)
        case .pageUp: scroll = max(0, scroll - page)
        case .pageDown: scroll = min(scroll + page, maximumScroll)
        case .scrollToTop: scroll = 0
        case .scrollToBottom: scroll = maximumScroll
        case .answerNo: return answerNo()
        case .answerYes: return answerYes()
        case .soreLeft: chooseSoreSide(.left)
        case .soreRight: chooseSoreSide(.right)
        case .soreNeither: chooseSoreSide(.neither)
        case .toggleFlare: flare.toggleFlare()
        case .toggleGentle: flare.toggleGentle()
        case .toggleContraindications: contraindications.toggleList()
        case .begin: return Outcome(next: holdup == nil ? .begin : .stay)
        case .showHelp: return Outcome(next: .showHelp)
        case .leave: return Outcome(next: .leave)
        }
        return Outcome(next: .stay)
    }

    /// Keeps the scroll within `maximumScroll`, after the screen changed size.
    mutating func limitScroll(to maximumScroll: Int) {
        scroll = min(scroll, maximumScroll)
    }

    /// ←, → or `x`: the side that hurts more, when the routine asks.
    private mutating func chooseSoreSide(_ side: SoreSide) {
        if asksSoreSide { soreSide.choose(side) }
    }

    /// `n`: none of the contraindications applies, or the first-time check is not done yet.
    /// Answering the last open question begins the session at once.
    private mutating func answerNo() -> Outcome {
        if let reply = contraindications.answerNone() {
            return answered(.contraindications, reply)
        }
        if let reply = firstTimeCheck?.answerNotDone() {
            return answered(.firstTimeCheck, reply)
        }
        return Outcome(next: .stay)
    }

    /// `y`: the first-time check is done, or else one of the contraindications applies.
    private mutating func answerYes() -> Outcome {
        if contraindications.allowsStart, let reply = firstTimeCheck?.answerDone() {
            return answered(.firstTimeCheck, reply)
        }
        if let reply = contraindications.answerSomeApply() {
            return answered(.contraindications, reply)
        }
        return Outcome(next: .stay)
    }

    private func answered(_ question: SafetyAnswer.Question, _ reply: SafetyAnswer.Reply) -> Outcome {
        let answer = SafetyAnswer(routineID: routine.id, question: question, reply: reply)
        return Outcome(next: reply.letsSessionStart && holdup == nil ? .begin : .stay, answer: answer)
    }
}
