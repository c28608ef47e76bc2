import KneadCore
import KneadUI

/// The safety check of a plain session that cannot ask, as its standard input is not a
/// terminal (a pipe, cron, a test): nothing is asked, and the session runs as the command
/// line says.
///
/// The contraindications are shown all the same, on the full screen's rules (at the first
/// session of a course, not again within it), and the journal keeps that they were not asked,
/// unless `--no-contraindications` answered them ahead.
struct UnaskedSafety {
    /// The session the command line makes.
    let plan: SessionPlan
    /// The answer to keep in the journal: none applies (given ahead), or not asked; nil when
    /// the routine has none to confirm or they were confirmed within the course.
    let answer: SafetyAnswer?

    init(routine: Routine, facts: RoutineJournalFacts?, ahead: AnswersAhead) {
        plan = SessionPlan(routineID: routine.id, soreSide: ahead.soreSide, flare: ahead.flare, gentle: ahead.flare)
        let check = SafetyCheck(routine: routine, facts: facts)
        guard check.contraindications.state == .asking else {
            answer = nil
            return
        }
        answer = SafetyAnswer(routineID: routine.id, question: .contraindications, reply: ahead.noContraindications ? .noneApply : .notAsked)
    }

    /// Whether the contraindications are to be shown with the line saying they were not confirmed.
    var showsUnconfirmedList: Bool { answer?.reply == .notAsked }
}
