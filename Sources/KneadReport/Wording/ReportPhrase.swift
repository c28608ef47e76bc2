import KneadCore

/// A sentence or label of the printable report; `ReportPhrase.text(in:)` words it.
public enum ReportPhrase: Hashable, Sendable {
    case documentTitle
    case period(CalendarDay, CalendarDay)
    case madeOn(CalendarDay)
    case scale
    case ownRecord
    case totals(sessions: Int, routines: Int)
    case sessionsLabel
    case coursesLabel
    case finished
    case quit
    case interrupted
    case flares
    case itHurtsPressed
    case changeTitle
    case whichSessions
    case averageBefore
    case averageAfter
    case averageChange
    case allSessions
    case course(Int)
    case daysFromTo(CalendarDay, CalendarDay)
    case chartTitle
    case chartAveraged(days: Int)
    case painAxis
    case before
    case after
    case flare
    case itHurts
    case courseShading
    case restShading
    case calendarTitle
    case calendarShown(CalendarDay, CalendarDay)
    case movesThatHurt
    case mostSkipped
    case contraindications
    case notConfirmed
    case none
    case notRated
    case times(Int)
    case wroteTo(String)
    case fileExists(String)
    case cannotWrite(String, reason: String)

    /// The phrase in `language`.
    public func text(in language: DisplayLanguage) -> String {
        switch language {
        case .english: english
        case .russian: russian
        }
    }
}
