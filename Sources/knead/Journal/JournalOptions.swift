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
}
