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
        guard let path = journalOptions.resolvedPath(in: environment) else {
            throw ValidationError("no journal to read: set HOME, XDG_DATA_HOME or KNEAD_JOURNAL, or give --journal PATH")
        }
        let sessions: [RecordedSession]
        do {
            sessions = try Journal.openExisting(at: path)?.sessions(HistoryFilter(routineID: routine, since: since?.day)) ?? []
        } catch {
            printError("Error: \(error.description). The file was left as it is.")
            throw ExitCode(1)
        }
        guard let first = sessions.first, let last = sessions.last else {
            print("No sessions to report" + (routine.map { " for \(VisibleLine.sanitized($0))" } ?? "") + " (journal: \(path)).")
            return
        }
        let restDays = Dictionary(environment.catalog().entries.map { ($0.routine.id, $0.routine.course?.restDays) }) { first, _ in first }
        var byRoutine: [String: [RecordedSession]] = [:]
        var order: [String] = []
        for session in sessions {
            if byRoutine[session.routineID] == nil { order.append(session.routineID) }
            byRoutine[session.routineID, default: []].append(session)
        }
        let reports = order.map { id in RoutineReport(sessions: byRoutine[id] ?? [], restDays: restDays[id] ?? nil) }
        print(VisibleLine.sanitizedLines(ReportText.text(routines: reports, from: first.day, to: last.day)))
    }
}
