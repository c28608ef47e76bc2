import KneadCore
import KneadJournal

/// The plain text of `knead report`: short lines that read well in a terminal and pasted
/// into an e-mail.
enum ReportText {
    /// The width of the labels' column.
    static let labelWidth = 15

    /// The whole report for `routines`, between the days of the first and last session.
    static func text(routines: [RoutineSummary], from first: CalendarDay, to last: CalendarDay) -> String {
        let sessions = routines.map(\.sessions).reduce(0, +)
        var lines = [
            "knead report: \(sessions == 1 ? "1 session" : "\(sessions) sessions") from \(first.iso) to \(last.iso)",
            "Pain on the 0-10 scale: 0 no pain, 10 the worst imaginable.",
        ]
        for routine in routines {
            lines.append("")
            lines += section(routine)
        }
        return lines.joined(separator: "\n")
    }

    private static func section(_ routine: RoutineSummary) -> [String] {
        var lines = ["\(routine.title) (\(routine.routineID))"]
        let endings = SessionEnding.allCases.compactMap { ending in routine.endings[ending].map { "\($0) \(ending.rawValue)" } }
        lines.append(row("Sessions", "\(routine.sessions) in \(routine.courses == 1 ? "1 course" : "\(routine.courses) courses"); " + endings.joined(separator: ", ")))
        lines.append(row("Pain before", routine.averageBefore.map { "\(decimal($0)) on average" } ?? "not rated"))
        var after = routine.averageAfter.map { "\(decimal($0)) on average" } ?? "not rated"
        if let change = routine.averageChange { after += ", a change of \(change > 0 ? "+" : "")\(decimal(change)) per session" }
        lines.append(row("Pain after", after))
        if !routine.trend.isEmpty {
            let before = routine.trend.map(\.before)
            let afterRatings = routine.trend.map(\.after)
            lines.append(row("Trend before", PainScale.sparkline(before) + "  " + numbers(before)))
            lines.append(row("Trend after", PainScale.sparkline(afterRatings) + "  " + numbers(afterRatings)))
        }
        let skipped = routine.skipped.prefix(3).map { "\($0.name) \(times($0.count))" }
        lines.append(row("Most skipped", skipped.isEmpty ? "no step skipped" : skipped.joined(separator: "; ")))
        lines.append(row("\"It hurts\"", routine.itHurts == 0 ? "never pressed" : "pressed \(times(routine.itHurts))"))
        if !routine.hurtingSteps.isEmpty {
            lines.append(row("Hurt during", routine.hurtingSteps.prefix(3).map { "\($0.name) \(times($0.count))" }.joined(separator: "; ")))
        }
        return lines
    }

    private static func row(_ label: String, _ value: String) -> String {
        "  " + label + String(repeating: " ", count: max(1, labelWidth - label.count)) + value
    }

    /// `5.8`: one decimal, rounded.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    private static func numbers(_ ratings: [Int?]) -> String {
        ratings.map { $0.map(String.init) ?? "–" }.joined(separator: " ")
    }

    private static func times(_ count: Int) -> String {
        count == 1 ? "once" : (count == 2 ? "twice" : "\(count) times")
    }
}
