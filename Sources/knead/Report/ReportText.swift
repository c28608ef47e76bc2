import KneadCore
import KneadJournal

/// The plain text of `knead report`: short lines that read well in a terminal and pasted
/// into an e-mail.
enum ReportText {
    /// The width of the labels' column.
    static let labelWidth = 15

    /// The whole report for `routines`, between the days of the first and last session.
    static func text(routines: [RoutineSummary], from first: CalendarDay, to last: CalendarDay, words: Wording = .english) -> String {
        let sessions = routines.map(\.sessions).reduce(0, +)
        var lines = [words(.cliReportHeading, words.count(.sessions, sessions), first.iso, last.iso), words[.cliReportScale]]
        for routine in routines {
            lines.append("")
            lines += section(routine, words: words)
        }
        return lines.joined(separator: "\n")
    }

    /// How many sessions ended one way: `3 finished`.
    private static func endingPhrase(_ ending: SessionEnding) -> CommandLinePhrase {
        switch ending {
        case .finished: .endingFinished
        case .quit: .endingQuit
        case .signal: .endingSignal
        case .interrupted: .endingInterrupted
        }
    }

    private static func section(_ routine: RoutineSummary, words: Wording) -> [String] {
        var lines = ["\(routine.title) (\(routine.routineID))"]
        let endings = SessionEnding.allCases.compactMap { ending in routine.endings[ending].map { words(endingPhrase(ending), $0) } }
        let courses = words(.cliReportInCourses, routine.sessions, words.count(.courses, routine.courses))
        lines.append(row(words[.cliReportSessions], courses + "; " + endings.joined(separator: ", ")))
        let average = { (value: Double?) in value.map { words(.cliReportOnAverage, decimal($0)) } ?? words[.cliReportNotRated] }
        lines.append(row(words[.cliReportPainBefore], average(routine.averageBefore)))
        var after = average(routine.averageAfter)
        if let change = routine.averageChange { after += words(.cliReportChange, (change > 0 ? "+" : "") + decimal(change)) }
        lines.append(row(words[.cliReportPainAfter], after))
        if !routine.trend.isEmpty {
            let before = routine.trend.map(\.before)
            let afterRatings = routine.trend.map(\.after)
            lines.append(row(words[.cliReportTrendBefore], PainScale.sparkline(before) + "  " + numbers(before)))
            lines.append(row(words[.cliReportTrendAfter], PainScale.sparkline(afterRatings) + "  " + numbers(afterRatings)))
        }
        let skipped = routine.skipped.prefix(3).map { "\($0.name) \(words.count(.timesDone, $0.count))" }
        lines.append(row(words[.cliReportMostSkipped], skipped.isEmpty ? words[.cliReportNoneSkipped] : skipped.joined(separator: "; ")))
        let hurts = routine.itHurts == 0 ? words[.cliReportNeverPressed] : words(.cliReportPressed, words.count(.timesDone, routine.itHurts))
        lines.append(row(words[.cliReportItHurts], hurts))
        if !routine.hurtingSteps.isEmpty {
            let steps = routine.hurtingSteps.prefix(3).map { "\($0.name) \(words.count(.timesDone, $0.count))" }
            lines.append(row(words[.cliReportHurtDuring], steps.joined(separator: "; ")))
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
}
