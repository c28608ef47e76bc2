import Foundation
import KneadCore
import Testing

/// `knead report --html`, through the built binary, on a three-month journal written in the test.
@Suite("The printable report")
struct HTMLReportTests {
    /// A temporary folder with the test's journal in it.
    struct Place {
        let folder: URL
        let journal: ReportJournal
        var journalPath: String { folder.appendingPathComponent("journal.sqlite3").path }
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

        init() throws {
            folder = try KneadBinary.temporaryFolder()
            journal = ReportJournal()
            try journal.write(to: folder.appendingPathComponent("journal.sqlite3").path)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// Runs `knead report` on the journal, made on 20 March 2027, in `language`.
        func report(_ arguments: [String], language: String = "en") throws -> KneadBinary.Result {
            try KneadBinary.run(
                ["report"] + arguments + ["--made-on", "2027-03-20", "--journal", journalPath],
                environment: ["LANG": language == "ru" ? "ru_RU.UTF-8" : "en_US.UTF-8", "XDG_CONFIG_HOME": folder.path]
            )
        }
    }

    @Test func thePageParsesLoadsNothingAndHoldsTheJournalsNumbers() throws {
        let place = try Place()
        defer { place.remove() }
        let page = place.file("report.html")
        let result = try place.report(["--html", page])
        #expect(result.status == 0 && result.output == "Wrote the report to \(page).\n", "\(result.output)\(result.errors)")
        let findings = try ReportHTMLParser.parse(fileAt: page)
        #expect(!findings.tags.contains("script") && findings.tags.contains("svg") && findings.tags.contains("style"))
        #expect(findings.addresses.isEmpty && findings.outsideURLs.isEmpty, "\(findings.addresses) \(findings.outsideURLs)")

        let collar = place.journal.sessions.filter { $0.routine == "collar" }
        let cells = findings.cells
        let expectedCounts = [
            ["Sessions", "\(collar.count)"], ["Courses", "2"], ["Finished", "\(collar.count - 1)"], ["Quit early", "1"],
            ["Interrupted (Ctrl-C, a crash, a power cut)", "0"], ["Sessions during a flare", "1"], ["\"It hurts\" pressed", "1"],
        ]
        for pair in expectedCounts { #expect(containsRun(cells, pair), "\(pair) in \(cells.prefix(16))") }
        let changes = collar.compactMap { session in session.after.flatMap { after in session.before.map { after - $0 } } }
        let whole = ["The whole period", "\(collar.count)", ReportJournal.oneDecimal(collar.compactMap(\.before)),
                     ReportJournal.oneDecimal(collar.compactMap(\.after)), ReportJournal.oneDecimal(changes)]
        #expect(containsRun(cells, whole), "\(whole)")
        let march = collar.filter { $0.day >= CalendarDay(year: 2027, month: 3, day: 1)! }
        let secondCourse = ["Course 2, 2027-03-01 to 2027-03-12", "12", ReportJournal.oneDecimal(march.compactMap(\.before)),
                            ReportJournal.oneDecimal(march.compactMap(\.after)), ReportJournal.oneDecimal(march.compactMap { $0.after! - $0.before! })]
        #expect(containsRun(cells, secondCourse), "\(secondCourse)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        for text in ["Period: 2027-01-04 to 2027-03-12", "Made by knead on 2027-03-20.", "Kneading (left) — 3 times", "2027-01-04, 2027-03-01"] {
            #expect(html.contains(text), "\(text)")
        }
    }

    /// Whether `run` stands in `cells` one after another: a row of a table.
    private func containsRun(_ cells: [String], _ run: [String]) -> Bool {
        cells.indices.contains { start in cells[start...].starts(with: run) }
    }

    @Test func anExistingFileIsKeptWithoutForceAndTheDashMeansStandardOutput() throws {
        let place = try Place()
        defer { place.remove() }
        let page = place.file("kept.html")
        try "mine".write(toFile: page, atomically: true, encoding: .utf8)
        let refused = try place.report(["--html", page])
        #expect(refused.status == 73 && refused.errors.contains("already exists") && refused.output.isEmpty, "\(refused.errors)")
        #expect(try String(contentsOfFile: page, encoding: .utf8) == "mine")
        let forced = try place.report(["--html", page, "--force"])
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(forced.status == 0 && written.hasPrefix("<!DOCTYPE html>"))
        let standardOutput = try place.report(["--html", "-"], language: "ru")
        #expect(standardOutput.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">") && standardOutput.output.contains("Период: с 2027-01-04"))
        let wrongOrder = try place.report(["--since", "2027-03-01", "--until", "2027-02-01"])
        #expect(wrongOrder.status != 0 && wrongOrder.errors.contains("--until (2027-02-01) is before --since (2027-03-01)"))
    }

    @Test func sinceAndUntilTakeOnlyTheSessionsBetween() throws {
        let place = try Place()
        defer { place.remove() }
        let february = try place.report(["--since", "2027-02-01", "--until", "2027-02-28", "--html", "-"])
        #expect(february.output.contains("Period: 2027-02-01 to 2027-02-02") && !february.output.contains("Collar zone"))
        let text = try place.report(["collar", "--until", "2027-01-31"]).output
        #expect(text.hasPrefix("knead report: 13 sessions from 2027-01-04 to 2027-01-16"), "\(text)")
    }
}
