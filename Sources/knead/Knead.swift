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

            Keys during a session: Space or p pause and resume; n or Right next step; b or Left \
            back (restarts the step, or within its first 3 seconds goes to the previous one); r \
            restart the step; + and - add or remove 15 seconds; h or ! it hurts (pauses; then g \
            go on gently, s skip the step, e end, r resume); ? help; q or Esc quit (asks first); \
            Ctrl-C quit at once; Ctrl-Z pause and suspend (fg resumes, still paused). In the \
            picker: Up and Down choose, Enter or 1-9 open, q quit. Before a session: n none of \
            the contraindications applies (y one does: nothing starts), Left or Right the side \
            that hurts more (x neither), f a flare, g gentle mode, c show the contraindications, \
            Enter begin.

            Files: $XDG_CONFIG_HOME/knead/sessions/NAME.json (by default \
            ~/.config/knead/sessions/NAME.json) are your own routines, run as `knead NAME`; one \
            with the id of a bundled routine takes its place. The bundled routines are built into \
            the binary. The script format is described in docs/script-format.md, with a JSON \
            Schema in docs/routine.schema.json.

            Environment: LC_ALL, LC_MESSAGES, LANG (the first one set) choose the language of the \
            routines' texts and of everything knead says, such as ru_RU.UTF-8 for Russian; English is the fallback. \
            XDG_CONFIG_HOME and HOME locate the sessions folder. NO_COLOR, when set and not \
            empty, turns colours off. TERM names the terminal for the full-screen view; on one \
            that cannot draw it (such as TERM=dumb), a named routine runs in plain mode.

            Exit status: 0 the session ended or the command succeeded; 1 an invalid script; 64 a \
            usage error, such as an unknown routine or option, a number out of range or a name \
            too long; 69 a method knead lists but never runs (segmental-reflex massage, for \
            specialists only); 71 the terminal could not be set up for the full screen; 73 \
            a file to write (`knead new`, `report --html`, the reminders' timer) was already there \
            or could not be written; 74 the journal could \
            not be read or changed (it is left as it was); 75 a session not started for safety (a \
            flare, a contraindication that applies, a safety question left unanswered); 129, 130 and 143 the session was ended \
            by SIGHUP, Ctrl-C (SIGINT) or SIGTERM.

            Documentation in Russian: docs/README.ru.md.
            """,
        subcommands: [
            RunCommand.self, ListCommand.self, ShowCommand.self, ValidateCommand.self, NewCommand.self,
            ConfigCommand.self, HistoryCommand.self, ReportCommand.self,
            StatusCommand.self, CalendarCommand.self, RemindCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    /// Parses the command line, a bare `--voice` standing for `--voice=on`, and runs the command;
    /// `status --short` is answered first, before the parser is touched.
    static func main() {
        if let request = ShortStatusRequest(arguments: CommandLine.unsafeArgv, count: Int(CommandLine.argc)) {
            StatusShortcut.run(request)
            return
        }
        main(VoiceArgument.normalized(Array(CommandLine.arguments.dropFirst())))
    }
}
