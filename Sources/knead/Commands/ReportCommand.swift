import ArgumentParser
import KneadCore
import KneadJournal
import KneadReport

/// `knead report`: a summary of the journal for a doctor, as plain text or as a printable page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise your sessions for a doctor: courses, pain before and after, the trend.",
        discussion: """
            Per routine: how many sessions and courses, how many finished, the average pain before \
            and after and the change, the trend of the latest sessions as a sparkline and as \
            numbers, the steps most often skipped and the "it hurts" presses. With --html, one \
            printable page instead: a chart of pain before and after each session with the courses, \
            rests, flares and "it hurts" presses marked, the change in pain per course, a calendar \
            of the days with sessions and the contraindications confirmed; its style and charts \
            are inside it, and it loads nothing and runs nothing.
            """
    )

    @Argument(help: "Only this routine, by its name (such as `collar`).")
    var routine: String?

    @Option(help: ArgumentHelp("Only sessions on or after this day.", valueName: "YYYY-MM-DD"))
    var since: DayArgument?

    @Option(help: ArgumentHelp("Only sessions on or before this day.", valueName: "YYYY-MM-DD"))
    var until: DayArgument?

    @Option(help: ArgumentHelp("Write a printable HTML page to this file (`-` for standard output).", valueName: "FILE"))
    var html: String?

    @Flag(help: "Write the HTML page over a file that already exists.")
    var force = false

    /// The day the page says it was made on, for tests.
    @Option(name: .customLong("made-on"), help: .hidden)
    var madeOn: DayArgument?

    @OptionGroup var journalOptions: JournalOptions

    func validate() throws {
        if let since, let until, until.day < since.day {
            throw ValidationError("--until (\(until.day.iso)) is before --since (\(since.day.iso)).")
        }
        if html?.isEmpty == true { throw ValidationError("--html needs a file name, or - for standard output.") }
        if force && html == nil { throw ValidationError("--force only applies with --html.") }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        let (path, journal) = try journalOptions.openForReading(in: environment)
        let words = Wording(code: try EffectiveSettings.language(environment: environment))
        let restDays = Dictionary(
            environment.catalog().entries.compactMap { entry in entry.routine.course?.restDays.map { (entry.routine.id, $0) } }
        ) { first, _ in first }
        let figures: ReportFigures
        do {
            figures = try journal?.reportFigures(
                routineID: routine, since: since?.day, until: until?.day, restDays: restDays, withSessions: html != nil
            ) ?? ReportFigures(summaries: [], sessions: [:])
        } catch {
            printError(words(.cliError, error.description))
            throw ExitCode.journalProblem
        }
        let summaries = figures.summaries
        guard let first = summaries.map(\.firstDay).min(), let last = summaries.map(\.lastDay).max(), let journal else {
            print(routine.map { words(.cliReportNoneFor, VisibleLine.sanitized($0), path) } ?? words(.cliReportNone, path))
            return
        }
        guard let html else {
            print(VisibleLine.sanitizedLines(ReportText.text(routines: summaries, from: first, to: last, words: words)))
            return
        }
        let page: String
        do {
            let report = PrintableReport(
                figures: figures,
                contraindicationsConfirmed: try journal.contraindicationsConfirmed(routineID: routine, since: since?.day, until: until?.day),
                restDays: restDays, madeOn: madeOn?.day ?? WallClock.now().day
            )
            page = ReportPage(report: report, language: words.language).html
        } catch {
            printError(words(.cliError, error.description))
            throw ExitCode.journalProblem
        }
        try write(page, to: html, words: words)
    }

    /// Writes `page` to `file` (standard output for `-`), never over a file without `--force`,
    /// and says where it wrote.
    private func write(_ page: String, to file: String, words: Wording) throws {
        if file == "-" {
            print(page, terminator: "")
            return
        }
        let shownPath = VisibleLine.sanitized(file)
        do {
            try NewFile.create(at: file, bytes: Array(page.utf8), replacing: force)
        } catch .exists {
            printError(words(.cliError, ReportPhrase.fileExists(shownPath).text(in: words.language)))
            throw ExitCode.cannotCreate
        } catch .cannotWrite(let reason) {
            printError(words(.cliError, ReportPhrase.cannotWrite(shownPath, reason: reason).text(in: words.language)))
            throw ExitCode.cannotCreate
        }
        print(ReportPhrase.wroteTo(shownPath).text(in: words.language))
    }
}
