import KneadCore
import KneadJournal

/// One course of a routine as the report shows it: its days and the pain around its sessions.
public struct CourseSpan: Hashable, Sendable {
    /// Its number, from 1, within the report's period.
    public var number: Int
    public var firstDay: CalendarDay
    public var lastDay: CalendarDay
    /// Its sessions, those that count towards it and those between its first and last day.
    public var sessions: Int
    public var averageBefore: Double?
    public var averageAfter: Double?
    /// The average of after minus before, over the sessions rated both times.
    public var averageChange: Double?

    /// The courses of `sessions` (oldest first): a new one begins after a gap of more than
    /// `restDays` days between sessions that count, the rule `CourseStanding.courseCount` follows.
    public static func courses(of sessions: [ReportSession], restDays: Int) -> [CourseSpan] {
        var spans: [(first: CalendarDay, last: CalendarDay)] = []
        for session in sessions where session.countsTowardsCourse {
            if let last = spans.last, session.day.number - last.last.number <= restDays {
                spans[spans.count - 1].last = session.day
            } else {
                spans.append((session.day, session.day))
            }
        }
        return spans.enumerated().map { index, span in
            let inside = sessions.filter { $0.day >= span.first && $0.day <= span.last }
            return CourseSpan(
                number: index + 1, firstDay: span.first, lastDay: span.last, sessions: inside.count,
                averageBefore: average(inside.compactMap(\.pain.before)),
                averageAfter: average(inside.compactMap(\.pain.after)),
                averageChange: average(inside.compactMap { session in
                    session.pain.after.flatMap { after in session.pain.before.map { after - $0 } }
                })
            )
        }
    }

    /// The mean of `values`; nil when there are none.
    static func average(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}
