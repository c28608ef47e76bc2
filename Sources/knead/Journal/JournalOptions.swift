import ArgumentParser
import KneadJournal

/// The `--journal PATH` option shared by the commands that read or write the journal.
struct JournalOptions: ParsableArguments {
    @Option(
        name: .customLong("journal"),
        help: ArgumentHelp(
            "The journal file to use instead of $XDG_DATA_HOME/knead/journal.sqlite3 (as does setting KNEAD_JOURNAL).",
            valueName: "path"
        )
    )
    var path: String?

    /// The journal's path for this run, from the option, the environment or the default place.
    func resolvedPath(in environment: CommandEnvironment) -> String? {
        JournalLocation.path(explicit: path, environment: environment.variables)
    }

    /// The journal to read, never created; nil when there is none yet. What a session that
    /// found it busy left in its pending file is written into it first, with a line on standard
    /// error saying where that stands.
    ///
    /// Throws a usage error when no path can be worked out, and prints why and exits with 74
    /// when the file cannot be read (it is left alone).
    func openForReading(in environment: CommandEnvironment) throws -> (path: String, journal: Journal?) {
        guard let path = resolvedPath(in: environment) else {
            throw ValidationError("no journal to read: set HOME, XDG_DATA_HOME or KNEAD_JOURNAL, or give --journal PATH")
        }
        do {
            let journal = try Journal.openExisting(at: path)
            if let journal {
                for warning in SessionRecorder(journal: journal, words: environment.words).warnings { printError(warning) }
                journal.prepareForReadingWhole()
            }
            return (path, journal)
        } catch {
            printError(environment.words(.cliError, environment.words(.cliJournalLeftAlone, error.description)))
            throw ExitCode.journalProblem
        }
    }
}
