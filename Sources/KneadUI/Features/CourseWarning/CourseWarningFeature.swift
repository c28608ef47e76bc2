import KneadCore

/// The question before a session whose course has had its most sessions: start anyway with
/// a deliberate `y` (noted in the journal), or go back to the safety check as it was answered.
struct CourseWarningFeature: Feature {
    /// The safety check that led here, whose plan the session follows.
    let check: SafetyCheck
    let warning: CourseWarning

    var name: String { "courseWarning" }

    var helpSections: [KeySection] { SafetyCheckFeature.helpBeforeSession }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input else { return .stay() }
        switch warning.handle(key) {
        case .stay: return .stay()
        case .startAnyway:
            let plan = check.plan(courseLimitOverridden: true)
            return Transition(.replace(PainQuestionFeature.before(plan, routine: check.routine, in: context)))
        case .back: return Transition(.back)
        }
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        CourseWarningScreen(warning: warning, title: check.routine.title.resolved(for: context.language), theme: context.theme)
            .draw(into: &screen, area: area)
    }
}
