import ArgumentParser
import KneadCore
import KneadJournal

/// `knead report`: a plain-text summary of the journal to print or paste for a doctor.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise your sessions for a doctor: courses, pain before and after, the trend.",
        discussion: """
            Per routine: how many sessions and courses, how many finished, the average pain before \
            and after and the change, the trend of the latest sessions as a sparkline and as \
            numbers, the steps most often skipped and the "it hurts" presses.
            """
    )

    @Argument(help: "Only this routine, by its name (such as `collar`).")
    var routine: String?

    @Option(help: ArgumentHelp("Only sessions on or after this day.", valueName: "YYYY-MM-DD"))
    var since: DayArgument?

    @OptionGroup var journalOptions: JournalOptions

    func run() throws {
        let environment = CommandEnvironment.current
        let (path, journal) = try journalOptions.openForReading(in: environment)
        let words = Wording(code: try EffectiveSettings.language(environment: environment))
        let restDays = Dictionary(
            environment.catalog().entries.compactMap { entry in entry.routine.course?.restDays.map { (entry.routine.id, $0) } }
        ) { first, _ in first }
        let summaries: [RoutineSummary]
        do {
            summaries = try journal?.summaries(routineID: routine, since: since?.day, restDays: restDays) ?? []
        } catch {
            printError(words("cli.error", error.description))
            throw ExitCode.journalProblem
        }
        guard let first = summaries.map(\.firstDay).min(), let last = summaries.map(\.lastDay).max() else {
            print(routine.map { words("cli.report.noneFor", VisibleLine.sanitized($0), path) } ?? words("cli.report.none", path))
            return
        }
        print(VisibleLine.sanitizedLines(ReportText.text(routines: summaries, from: first, to: last, words: words)))
    }
}
