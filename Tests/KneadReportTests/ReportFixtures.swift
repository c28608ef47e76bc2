import KneadCore
@testable import KneadJournal
@testable import KneadReport

/// A small fixed report: one routine, two courses with a rest between, a flare, an "it hurts"
/// press and a quit.
enum ReportFixtures {
    static func day(_ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: 2027, month: month, day: day)! }

    static let sessions = [
        ReportSession(routineID: "collar", day: day(1, 4), ending: .finished, countsTowardsCourse: true, pain: PainRatings(before: 7, after: 4)),
        ReportSession(routineID: "collar", day: day(1, 5), ending: .finished, countsTowardsCourse: true, pain: PainRatings(before: 6, after: 3), itHurtsPresses: 1),
        ReportSession(routineID: "collar", day: day(1, 6), ending: .quit, countsTowardsCourse: false, pain: PainRatings(before: 8)),
        ReportSession(routineID: "collar", day: day(2, 20), ending: .finished, countsTowardsCourse: true, pain: PainRatings(before: 9, after: 6), flare: true),
        ReportSession(routineID: "collar", day: day(2, 21), ending: .finished, countsTowardsCourse: true, pain: PainRatings(before: 4, after: 2)),
    ]

    static func summary(title: String = "Collar zone") -> RoutineSummary {
        RoutineSummary(
            routineID: "collar", title: title, sessions: 5, courses: 2, endings: [.finished: 4, .quit: 1],
            averageBefore: 6.8, averageAfter: 3.75, averageChange: -2.75, trend: [],
            skipped: [RoutineSummary.SkippedStep(name: "Kneading (left)", count: 2)], itHurts: 1,
            hurtingSteps: [RoutineSummary.SkippedStep(name: "Stroking", count: 1)], firstDay: day(1, 4), lastDay: day(2, 21)
        )
    }

    static func report(title: String = "Collar zone") -> PrintableReport {
        PrintableReport(
            figures: ReportFigures(summaries: [summary(title: title)], sessions: Dictionary(grouping: sessions, by: \.routineID)),
            contraindicationsConfirmed: ["collar": [day(1, 4), day(2, 20)]], restDays: ["collar": 14], madeOn: day(3, 1)
        )
    }
}
