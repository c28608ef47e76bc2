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
        let totals = painAverages(within: spans, of: sessions)
        return spans.enumerated().map { index, span in
            CourseSpan(
                number: index + 1, firstDay: span.first, lastDay: span.last, sessions: totals[index].sessions,
                averageBefore: totals[index].averageBefore, averageAfter: totals[index].averageAfter,
                averageChange: totals[index].averageChange
            )
        }
    }

    /// The pain of the sessions from each span's first day to its last.
    ///
    /// Spans that follow one another without meeting, as they do whenever the sessions' days
    /// only go forward, are found for each session by halving, in one pass; otherwise (a clock
    /// put back) each span looks through every session.
    static func painAverages(within spans: [(first: CalendarDay, last: CalendarDay)], of sessions: [ReportSession]) -> [PainAverages] {
        var totals = Array(repeating: PainAverages(), count: spans.count)
        let apart = zip(spans, spans.dropFirst()).allSatisfy { earlier, later in earlier.first < later.first && earlier.last < later.first }
        guard apart else {
            for (index, span) in spans.enumerated() {
                for session in sessions where session.day >= span.first && session.day <= span.last { totals[index].add(session.pain) }
            }
            return totals
        }
        for session in sessions {
            // The last span that begins on or before the session's day.
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].first <= session.day { low = middle + 1 } else { high = middle }
            }
            if low > 0, session.day <= spans[low - 1].last { totals[low - 1].add(session.pain) }
        }
        return totals
    }
}
