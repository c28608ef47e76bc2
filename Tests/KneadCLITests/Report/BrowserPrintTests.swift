import Foundation
import Testing

/// The printable report in a real browser: Debian's chromium-headless-shell prints it to PDF
/// (poppler's pdfinfo and pdftotext read the PDF back) and takes a screenshot, in English and
/// Russian. `.ci/run` installs both. Set `KNEAD_REPORT_PICTURES` to a folder to keep the PDFs
/// and screenshots there and look at them.
@Suite("The printable report in a browser", .enabled(if: ReportBrowser.path != nil, "needs chromium-headless-shell and poppler-utils"))
struct BrowserPrintTests {
    /// Runs `program` with `arguments` and returns its standard output; fails on a non-zero exit.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let result = try KneadBinary.run(arguments, environment: ["HOME": NSTemporaryDirectory()], timeout: 60, executable: program)
        guard result.status == 0 else { throw ReportHTMLParser.ParseFailure(message: "\(program) \(arguments): \(result.errors)") }
        return result.output
    }

    @Test(arguments: [("en", "Pain before and after each session", "Pain, 0–10"), ("ru", "Боль до и после каждого сеанса", "Боль, 0–10")])
    func everyChartStandsWholeOnOnePageOfThePrint(language: String, chartTitle: String, axisLabel: String) throws {
        let place = try HTMLReportTests.Place()
        defer { place.remove() }
        let page = place.file("report-\(language).html"), pdf = place.file("report-\(language).pdf"), picture = place.file("report-\(language).png")
        #expect(try place.report(["--html", page], language: language).status == 0)
        let browser = try #require(ReportBrowser.path)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu"]
        _ = try Self.run(browser, flags + ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", "file://\(page)"])
        _ = try Self.run(browser, flags + ["--screenshot=\(picture)", "--window-size=1000,1400", "file://\(page)"])

        let information = try Self.run("/usr/bin/pdfinfo", [pdf])
        let pages = try #require(information.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect((2...6).contains(pages), "\(information)")
        var titles = 0
        for number in 1...pages {
            let text = try Self.run("/usr/bin/pdftotext", ["-f", "\(number)", "-l", "\(number)", pdf, "-"])
            let titlesHere = text.components(separatedBy: chartTitle).count - 1
            titles += titlesHere
            #expect(text.components(separatedBy: axisLabel).count - 1 == titlesHere, "page \(number): a chart's title and its axis apart\n\(text)")
            if titlesHere > 0 { #expect(text.contains("10") && text.contains("2027-"), "page \(number): a chart without its scale or dates") }
        }
        #expect(titles == 2, "one chart for each of the two routines")
        let size = try FileManager.default.attributesOfItem(atPath: picture)[.size] as? Int ?? 0
        #expect(size > 20_000, "the screenshot is a real picture")
        if let keep = ProcessInfo.processInfo.environment["KNEAD_REPORT_PICTURES"] {
            for file in [page, pdf, picture] {
                let target = URL(fileURLWithPath: keep).appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(atPath: file, toPath: target.path)
            }
        }
    }
}
