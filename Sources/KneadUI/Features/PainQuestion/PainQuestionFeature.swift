import KneadCore

/// "How much does it hurt?" before the first step, whose answer begins the session, and after
/// the last, whose answer shows the summary.
struct PainQuestionFeature: Feature {
    /// What the answer leads to.
    enum Moment: Sendable {
        /// Before a session of `routine` as `plan` has it; Esc goes back to the safety check.
        case before(SessionPlan, Routine)
        /// After the session the driver followed; Esc skips, as there is no going back.
        case after(SessionDriver)
    }

    let moment: Moment
    private(set) var question: PainQuestion

    /// The question before a session, offering last time's answer.
    static func before(_ plan: SessionPlan, routine: Routine, in context: AppContext) -> PainQuestionFeature {
        let facts = context.journal[routine.id]
        return PainQuestionFeature(
            moment: .before(plan, routine),
            question: PainQuestion(moment: .before, highlighted: facts?.lastPainBefore, reference: facts?.recentPain.last)
        )
    }

    /// The question after the session `driver` followed, offering the answer given before it.
    static func after(_ driver: SessionDriver) -> PainQuestionFeature {
        PainQuestionFeature(
            moment: .after(driver), question: PainQuestion(moment: .after, highlighted: driver.pain.before, reference: driver.pain)
        )
    }

    var name: String {
        switch moment {
        case .before: "painBefore"
        case .after: "painAfter"
        }
    }

    var helpSections: [KeySection] {
        switch moment {
        case .before: SafetyCheckFeature.helpBeforeSession
        case .after: SessionFeature.helpDuringSession
        }
    }

    var driver: SessionDriver? {
        if case .after(let driver) = moment { return driver }
        return nil
    }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, let now) = input else { return .stay() }
        switch (question.handle(key), moment) {
        case (.stay, _):
            return .stay()
        case (.back, _):
            return Transition(.back)
        case (.answered(let rating), .before(let plan, let routine)):
            guard let begun = SessionDriver.begin(
                routine, plan: plan, painBefore: rating, options: context.options, recordedOptions: context.recordedOptions, at: now
            ) else { return .stay() }
            return Transition(.replace(SessionFeature(driver: begun.driver, routine: routine)), commands: begun.commands)
        case (.answered(let rating), .after(var driver)):
            let commands = driver.ratePainAfter(rating)
            return Transition(.replace(SummaryFeature(driver: driver)), commands: commands)
        }
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        let routine = switch moment {
        case .before(_, let routine): routine
        case .after(let driver): driver.session.timeline.routine
        }
        PainQuestionScreen(question: question, title: routine.title.resolved(for: context.language), theme: context.theme)
            .draw(into: &screen, area: area)
    }
}
