import ArgumentParser

/// The `knead` command: runs guided self-massage sessions, lists, shows and checks routines, and
/// keeps the journal of sessions.
@main
struct Knead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knead",
        abstract: "A guided self-massage session timer for neck and back pain.",
        discussion: """
            Run `knead` to pick a routine, or `knead ROUTINE` (the same as `knead run ROUTINE`) to \
            start one. ROUTINE is a routine's name, such as `collar`, or the path of a script. \
            Your own scripts go in $XDG_CONFIG_HOME/knead/sessions (by default \
            ~/.config/knead/sessions); see docs/script-format.md.

            Every session goes into your journal ($XDG_DATA_HOME/knead/journal.sqlite3, by default \
            ~/.local/share/knead/journal.sqlite3), with the pain before and after: `knead history` \
            lists it, `knead report` sums it up for a doctor; see docs/journal.md.

            Massage is no substitute for a doctor's advice: read each routine's contraindications \
            first (`knead show ROUTINE`), and stop at once if pain grows.
            """,
        subcommands: [RunCommand.self, ListCommand.self, ShowCommand.self, ValidateCommand.self, HistoryCommand.self, ReportCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
