import KneadCore

extension ReportPhrase {
    /// The phrase in English.
    var english: String {
        switch self {
        case .documentTitle: "Self-massage and pain: a report for the doctor"
        case .period(let first, let last): "Period: \(first.iso) to \(last.iso)"
        case .madeOn(let day): "Made by knead on \(day.iso)."
        case .scale: "Pain is rated by the person themselves, before and after each session, on a scale from 0 (no pain) to 10 (the worst pain imaginable)."
        case .ownRecord: "These figures are the person's own record, kept by knead on their computer; they are not a medical examination."
        case .totals(let sessions, let routines):
            "\(sessions) \(sessions == 1 ? "session" : "sessions") of \(routines) \(routines == 1 ? "routine" : "routines")"
        case .sessionsLabel: "Sessions"
        case .coursesLabel: "Courses"
        case .finished: "Finished"
        case .quit: "Quit early"
        case .interrupted: "Interrupted (Ctrl-C, a crash, a power cut)"
        case .flares: "Sessions during a flare"
        case .itHurtsPressed: "\"It hurts\" pressed"
        case .changeTitle: "Change in pain"
        case .whichSessions: "Sessions"
        case .averageBefore: "Average before"
        case .averageAfter: "Average after"
        case .averageChange: "Change per session"
        case .allSessions: "The whole period"
        case .course(let number): "Course \(number)"
        case .daysFromTo(let first, let last): first == last ? first.iso : "\(first.iso) to \(last.iso)"
        case .chartTitle: "Pain before and after each session"
        case .chartAveraged(let days): "Each mark is the average of the sessions of \(days) days."
        case .painAxis: "Pain, 0–10"
        case .before: "before"
        case .after: "after"
        case .flare: "flare"
        case .itHurts: "\"it hurts\""
        case .courseShading: "course"
        case .restShading: "rest"
        case .calendarTitle: "Days with sessions"
        case .calendarShown(let first, let last): "From \(first.iso) to \(last.iso); a filled square with a dot is a day with a session."
        case .movesThatHurt: "Moves during which \"it hurts\" was pressed"
        case .mostSkipped: "Moves most often skipped"
        case .contraindications: "Contraindications confirmed not to apply"
        case .notConfirmed: "not confirmed in this period"
        case .none: "none"
        case .notRated: "not rated"
        case .times(let count): count == 1 ? "once" : "\(count) times"
        case .wroteTo(let path): "Wrote the report to \(path)."
        case .fileExists(let path): "\(path) already exists; give another name, or --force to write over it."
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
