import KneadCore

/// The summary after a session: any key leaves it, back to the picker or out of knead, and
/// the app's copy of the journal learns how the session went.
struct SummaryFeature: Feature {
    /// The session that ended, with its pain ratings.
    let driver: SessionDriver

    var name: String { "finished" }

    var helpSections: [KeySection] { SessionFeature.helpDuringSession }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key = input else { return .stay() }
        let routine = driver.session.timeline.routine
        return Transition(.home, notes: [.sessionLeft(routine: routine, outcome: driver.outcome)])
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        let routine = driver.session.timeline.routine
        let trend = PainSummary(ratings: driver.pain, earlier: context.journal[routine.id]?.recentPain ?? [], theme: context.theme)
        FinishedScreen(
            session: driver.session, pain: trend, returnsToPicker: context.startedFromPicker, theme: context.theme, language: context.language
        ).draw(into: &screen, area: area)
    }
}
