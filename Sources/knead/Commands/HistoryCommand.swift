import ArgumentParser
import Glibc
import KneadCore
import KneadJournal

/// `knead history`: the sessions the journal holds, as a table, JSON or CSV; or forgetting them.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the sessions you have done, or forget them.",
        discussion: """
            One row per session: when, which routine, the time spent, the steps done, how it ended \
            and the pain before and after. Without --since, --until, --last or an export format the \
            table shows the last \(defaultTableLength) sessions. JSON and CSV carry every recorded \
            field (see docs/journal.md). A session ended by a crash or `kill -9` shows as \
            interrupted, with the step it had reached.
            """
    )

    /// How many sessions the table shows when nothing else says.
    static let defaultTableLength = 20

    @Argument(help: "Only this routine's sessions, by its name (such as `collar`).")
    var routine: String?

    @Option(help: ArgumentHelp("Only sessions on or after this day.", valueName: "YYYY-MM-DD"))
    var since: DayArgument?

    @Option(help: ArgumentHelp("Only sessions on or before this day.", valueName: "YYYY-MM-DD"))
    var until: DayArgument?

    @Option(help: ArgumentHelp("Only the latest N sessions.", valueName: "N"), transform: NumberArgument.count)
    var last: Int?

    @Flag(help: "Print every field of each session as JSON.")
    var json = false

    @Flag(help: "Print every field of each session as CSV.")
    var csv = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Delete the session with this id (from the table's ID column), or every session with --forget --all.", valueName: "id|--all")
    )
    var forget: String?

    @Flag(help: "With --forget: do not ask first (for scripts).")
    var yes = false

    @OptionGroup var journalOptions: JournalOptions

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if let since, let until, since.day > until.day {
            throw ValidationError("--since \(since.day.iso) is after --until \(until.day.iso)")
        }
        if let forget, forget != "--all", Int64(forget) == nil {
            throw ValidationError("--forget takes a session's id (a number, from `knead history`) or --all, not \"\(VisibleLine.sanitized(forget))\"")
        }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        let (path, journal) = try journalOptions.openForReading(in: environment)
        let words = Wording(code: try EffectiveSettings.language(environment: environment))
        if let forget {
            try forgetSessions(forget, in: journal, path: path, words: words)
            return
        }
        var sessions: [RecordedSession] = []
        do {
            sessions = try journal?.sessions(filter) ?? []
        } catch {
            printError(words(.cliError, error.description))
            throw ExitCode.journalProblem
        }
        if json {
            printJSON(sessions)
        } else if csv {
            StandardStream.output.write(SessionCSV.text(sessions))
        } else {
            printTable(sessions, path: path, total: (try? journal?.sessionCount()) ?? 0, words: words)
        }
    }

    /// Prints the sessions as one JSON array, writing one session at a time so that a journal
    /// of years needs no more memory than its rows.
    private func printJSON(_ sessions: [RecordedSession]) {
        guard !sessions.isEmpty else {
            print("[]")
            return
        }
        StandardStream.output.write("[\n")
        for (index, session) in sessions.enumerated() {
            StandardStream.output.write("  " + SessionJSON.text(session, indent: "  ") + (index == sessions.count - 1 ? "\n" : ",\n"))
        }
        StandardStream.output.write("]\n")
    }

    /// The sessions asked for; the table alone shows only the last few unless told otherwise.
    private var filter: HistoryFilter {
        let exporting = json || csv
        let bounded = since != nil || until != nil
        return HistoryFilter(
            routineID: routine, since: since?.day, until: until?.day,
            last: last ?? (exporting || bounded ? nil : Self.defaultTableLength)
        )
    }

    private func printTable(_ sessions: [RecordedSession], path: String, total: Int, words: Wording) {
        guard !sessions.isEmpty else {
            print(total == 0 ? words(.cliHistoryNone, path) : words[.cliHistoryNoMatch])
            return
        }
        let rows = sessions.map { session -> [String] in
            [
                String(session.id), WallClockText.tableDate(session, in: words), session.routineID,
                session.activeSeconds.map { ClockText.elapsed(.seconds($0)) } ?? "–",
                "\(session.stepsDone ?? max(0, session.stepReached - 1))/\(session.stepCount)",
                HistoryWording.ending(of: session, in: words), PainScale.change(before: session.pain.before, after: session.pain.after),
            ]
        }
        let header = [
            words[.cliHistoryId], words[.cliHistoryDate], words[.cliHistoryRoutine], words[.cliHistoryTime],
            words[.cliHistorySteps], words[.cliHistoryEnded], words[.cliHistoryPain],
        ]
        print(TextTable.render(header: header, rows: rows, rightAligned: [0, 3, 4]))
        if filter.last != nil, last == nil, total > sessions.count, routine == nil {
            print(words(.cliHistoryMore, sessions.count, words.count(.sessions, total)))
        }
    }

    /// Deletes one session or all of them, asking first unless `--yes` was given.
    private func forgetSessions(_ target: String, in journal: Journal?, path: String, words: Wording) throws {
        guard let journal else {
            print(words(.cliForgetNoJournal, path))
            return
        }
        let question: String
        if target == "--all" {
            let count = (try? journal.sessionCount()) ?? 0
            guard count > 0 else {
                print(words[.cliForgetEmpty])
                return
            }
            question = words(.cliForgetAskAll, words.count(.sessions, count), path)
        } else {
            let id = Int64(target) ?? 0
            guard let session = try? journal.sessions(HistoryFilter(id: id)).first else {
                printError(words(.cliError, words(.cliForgetNoSuchSession, id)))
                throw ExitCode.validationFailure
            }
            question = words(.cliForgetAskOne, id, session.routineID, WallClockText.tableDate(session, in: words))
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                printError(words(.cliError, words(.cliForgetNotATerminal, question)))
                throw ExitCode.validationFailure
            }
            guard Confirmation.ask(question) else {
                print(words[.cliForgetNothing])
                return
            }
        }
        do {
            if target == "--all" {
                print(words(.cliForgetForgotAll, words.count(.sessions, try journal.forgetAll())))
            } else if try journal.forget(session: Int64(target) ?? 0) {
                print(words(.cliForgetForgotOne, target))
            }
        } catch {
            printError(words(.cliError, error.description))
            throw ExitCode.journalProblem
        }
    }
}
