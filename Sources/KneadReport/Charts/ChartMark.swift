import KneadCore
import KneadJournal

/// One place on the pain chart: a session, or the average of the sessions of a few days when
/// there are too many to draw one by one.
struct ChartMark: Hashable, Sendable {
    /// The first day it stands for.
    var day: CalendarDay
    var before: Double?
    var after: Double?
    var flare: Bool
    var itHurts: Bool

    /// The most marks one chart draws; beyond that, sessions are averaged over runs of days.
    static let mostMarks = 150

    /// The marks for `sessions` (oldest first) between `first` and `last`, with how many days
    /// each stands for (1: each mark is one session).
    static func marks(of sessions: [ReportSession], from first: CalendarDay, to last: CalendarDay) -> (marks: [ChartMark], days: Int) {
        if sessions.count <= mostMarks {
            let marks = sessions.map { session in
                ChartMark(
                    day: session.day, before: session.pain.before.map(Double.init), after: session.pain.after.map(Double.init),
                    flare: session.flare, itHurts: session.itHurtsPresses > 0
                )
            }
            return (marks, 1)
        }
        let span = last.number - first.number + 1
        let days = (span + mostMarks - 1) / mostMarks
        var marks: [ChartMark] = []
        var start = 0
        while start < sessions.count {
            let bucket = (sessions[start].day.number - first.number) / days
            var end = start
            while end < sessions.count, (sessions[end].day.number - first.number) / days == bucket { end += 1 }
            let group = sessions[start..<end]
            var pain = PainAverages()
            for session in group { pain.add(session.pain) }
            marks.append(ChartMark(
                day: first.adding(days: bucket * days), before: pain.averageBefore, after: pain.averageAfter,
                flare: group.contains(where: \.flare), itHurts: group.contains { $0.itHurtsPresses > 0 }
            ))
            start = end
        }
        return (marks, days)
    }
}
