import KneadCore
import KneadJournal

/// What the printable report holds: the period, the day it was made, and each routine.
public struct PrintableReport: Hashable, Sendable {
    public var firstDay: CalendarDay
    public var lastDay: CalendarDay
    /// The day the page was made.
    public var madeOn: CalendarDay
    public var routines: [RoutineReport]

    public init(firstDay: CalendarDay, lastDay: CalendarDay, madeOn: CalendarDay, routines: [RoutineReport]) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.madeOn = madeOn
        self.routines = routines
    }

    /// The report of the journal's `figures` (each routine's summary and sessions), each
    /// routine's rest between courses from `restDays` (`CourseStanding.defaultRestDays` when absent).
    public init(figures: ReportFigures, contraindicationsConfirmed: [String: [CalendarDay]], restDays: [String: Int], madeOn: CalendarDay) {
        let summaries = figures.summaries
        let routines = summaries.map { summary in
            RoutineReport(
                summary: summary, sessions: figures.sessions[summary.routineID] ?? [],
                restDays: restDays[summary.routineID] ?? CourseStanding.defaultRestDays,
                contraindicationsConfirmed: contraindicationsConfirmed[summary.routineID] ?? []
            )
        }
        self.init(
            firstDay: summaries.map(\.firstDay).min() ?? madeOn, lastDay: summaries.map(\.lastDay).max() ?? madeOn,
            madeOn: madeOn, routines: routines
        )
    }

    /// All the sessions of the period.
    public var sessionCount: Int { routines.map(\.summary.sessions).reduce(0, +) }
}
