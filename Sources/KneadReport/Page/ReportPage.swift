import KneadCore
import KneadJournal

/// The printable report as one self-contained HTML page: its style and charts inside it, no
/// script, nothing loaded from anywhere.
public struct ReportPage {
    public var report: PrintableReport
    public var language: DisplayLanguage

    public init(report: PrintableReport, language: DisplayLanguage) {
        self.report = report
        self.language = language
    }

    /// The whole document, from `<!DOCTYPE html>` on.
    public var html: String {
        var output = "<!DOCTYPE html>\n"
        document.write(to: &output)
        output += "\n"
        return output
    }

    /// The phrase in the page's language.
    func words(_ phrase: ReportPhrase) -> String { phrase.text(in: language) }

    /// The `<html>` element.
    var document: HTMLNode {
        .element("html", [HTMLAttribute("lang", language.code)], [
            .element("head", [], [
                .voidElement("meta", [HTMLAttribute("charset", "utf-8")]),
                .element("title", [], [.text(words(.documentTitle) + " — " + report.madeOn.iso)]),
                .element("style", [], [.styleSheet(.page)]),
            ]),
            .element("body", [], [header] + report.routines.map(section)),
        ])
    }

    /// The title, the period, the totals, what the scale means, whose record it is, the calendar.
    private var header: HTMLNode {
        let titles = report.routines.map(\.summary.title).joined(separator: ", ")
        var calendar = CalendarStrip(sessionDays: [], firstDay: report.firstDay, lastDay: report.lastDay, language: language)
        // Only the days the strip shows: a long period's earlier days would be looked up for nothing.
        let shownFrom = calendar.shownFrom
        for routine in report.routines {
            for session in routine.sessions where session.day >= shownFrom { calendar.sessionDays.insert(session.day) }
        }
        return .element("header", [], [
            .element("h1", [], [.text(words(.documentTitle))]),
            .element("p", [], [.element("strong", [], [.text(words(.period(report.firstDay, report.lastDay)))])]),
            .element("p", [], [.text(words(.totals(sessions: report.sessionCount, routines: report.routines.count)) + ": " + titles)]),
            .element("p", [.class("note")], [.text(words(.scale))]),
            .element("p", [.class("note")], [.text(words(.ownRecord) + " " + words(.madeOn(report.madeOn)))]),
            calendar.figure,
        ])
    }

    /// One routine: its counts, its chart, the change in pain in numbers, its moves and its safety answers.
    private func section(_ routine: RoutineReport) -> HTMLNode {
        let summary = routine.summary
        return .element("section", [.class("routine")], [
            .element("h2", [], [.text(summary.title + " (" + summary.routineID + ")")]),
            .element("p", [], [.text(words(.daysFromTo(summary.firstDay, summary.lastDay)))]),
            table(rows: [
                [words(.sessionsLabel), "\(summary.sessions)"], [words(.coursesLabel), "\(summary.courses)"],
                [words(.finished), "\(summary.endings[.finished] ?? 0)"], [words(.quit), "\(summary.endings[.quit] ?? 0)"],
                [words(.interrupted), "\(routine.interrupted)"], [words(.flares), "\(routine.flares)"],
                [words(.itHurtsPressed), "\(summary.itHurts)"],
            ], numbersFrom: 1),
            PainChart(routine: routine, language: language).figure,
            changeTable(routine),
            stepList(words(.movesThatHurt), summary.hurtingSteps),
            stepList(words(.mostSkipped), summary.skipped),
            contraindications(routine),
        ])
    }

    /// The average pain before and after, and the change, for the period and each course.
    private func changeTable(_ routine: RoutineReport) -> HTMLNode {
        let rating = { (value: Double?) in value.map(ReportNumber.oneDecimal) ?? self.words(.notRated) }
        let change = { (value: Double?) in value.map(ReportNumber.signed) ?? self.words(.notRated) }
        let summary = routine.summary
        var rows = [[words(.allSessions), "\(summary.sessions)", rating(summary.averageBefore), rating(summary.averageAfter), change(summary.averageChange)]]
        for course in routine.courses {
            rows.append([
                words(.course(course.number)) + ", " + words(.daysFromTo(course.firstDay, course.lastDay)), "\(course.sessions)",
                rating(course.averageBefore), rating(course.averageAfter), change(course.averageChange),
            ])
        }
        return .element("div", [.class("keep")], [
            .element("h3", [], [.text(words(.changeTitle))]),
            table(header: ["", words(.whichSessions), words(.averageBefore), words(.averageAfter), words(.averageChange)], rows: rows, numbersFrom: 1),
        ])
    }

    /// A heading and the steps with how often, or "none".
    private func stepList(_ title: String, _ steps: [RoutineSummary.SkippedStep]) -> HTMLNode {
        let items: [HTMLNode] = steps.isEmpty
            ? [.element("li", [], [.text(words(.none))])]
            : steps.prefix(5).map { .element("li", [], [.text($0.name + " — " + words(.times($0.count)))]) }
        return .element("div", [.class("keep")], [.element("h3", [], [.text(title)]), .element("ul", [], items)])
    }

    /// The days the person confirmed that none of the routine's contraindications applied.
    private func contraindications(_ routine: RoutineReport) -> HTMLNode {
        let days = routine.contraindicationsConfirmed
        let text = days.isEmpty ? words(.notConfirmed) : days.map(\.iso).joined(separator: ", ")
        return .element("div", [.class("keep")], [
            .element("h3", [], [.text(words(.contraindications))]),
            .element("p", [], [.text(text)]),
        ])
    }

    /// A table of text cells; the columns from `numbersFrom` on are right-aligned numbers.
    private func table(header: [String]? = nil, rows: [[String]], numbersFrom: Int) -> HTMLNode {
        var children: [HTMLNode] = []
        if let header { children.append(.element("tr", [], header.map { .element("th", [], [.text($0)]) })) }
        for row in rows {
            children.append(.element("tr", [], row.enumerated().map { index, cell in
                .element("td", index >= numbersFrom ? [.class("number")] : [], [.text(cell)])
            }))
        }
        return .element("table", [], children)
    }
}
