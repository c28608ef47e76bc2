import KneadCore
import KneadJournal

/// Everything the page shows about one routine in the period.
public struct RoutineReport: Hashable, Sendable {
    /// The journal's figures: counts, endings, averages, skipped steps, "it hurts" presses.
    public var summary: RoutineSummary
    /// Its sessions, oldest first.
    public var sessions: [ReportSession]
    public var courses: [CourseSpan]
    /// The routine's rest between courses, in days.
    public var restDays: Int
    /// The days the person said none of its contraindications applied.
    public var contraindicationsConfirmed: [CalendarDay]

    public init(summary: RoutineSummary, sessions: [ReportSession], restDays: Int, contraindicationsConfirmed: [CalendarDay]) {
        self.summary = summary
        self.sessions = sessions
        self.restDays = restDays
        self.contraindicationsConfirmed = contraindicationsConfirmed
        courses = CourseSpan.courses(of: sessions, restDays: restDays)
    }

    /// How many sessions were interrupted: ended by Ctrl-C or a signal, or never said how they ended.
    public var interrupted: Int { (summary.endings[.signal] ?? 0) + (summary.endings[.interrupted] ?? 0) }

    /// How many sessions the person said were a flare.
    public var flares: Int { sessions.count(where: \.flare) }
}
