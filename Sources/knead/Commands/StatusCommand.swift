import ArgumentParser
import KneadCore
import KneadJournal

/// `knead status`: where each course under way stands today, in full, as JSON, or as one short
/// line for a shell prompt.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which routines have a session due today, done, or a rest under way.",
        discussion: """
            One line per routine with a course under way, such as "lumbar: due today (session 6 of \
            at most 14)" or "neck-classic: resting until Mon 12 Jan"; routines never begun are not \
            named. --short prints one line for a shell prompt or tmux's status bar ("knead: lumbar \
            due"), and nothing at all when nothing is due or the journal cannot be read; it reads \
            the journal alone and answers in about as long as sqlite3 takes for one query. See \
            docs/reminders.md.
            """
    )

    @Flag(help: "Print the standings as JSON.")
    var json = false

    @Flag(help: "Print one short line for a shell prompt, or nothing when nothing is due.")
    var short = false

    @OptionGroup var journalOptions: JournalOptions

    func validate() throws {
        if json && short { throw ValidationError("choose one of --json and --short") }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        if short {
            // Only reached with other options between the words (the usual form never parses).
            StatusShortcut.run(ShortStatusRequest(journalPath: journalOptions.path))
            return
        }
        let words = Wording(code: try EffectiveSettings.language(environment: environment))
        guard let now = CommandClock.now(environment: environment.variables) else {
            throw ValidationError("\(CommandClock.variable) must be a date and time with an offset, such as 2026-01-12T19:05:00+03:00")
        }
        let (path, journal) = try journalOptions.openForReading(in: environment)
        let catalog = environment.catalog()
        let standings = journal.map { RoutineStatus.underWay(in: $0, routines: catalog.entries.map(\.routine), today: now.day) } ?? []
        let reminders = ReminderStatus.read(environment: environment.variables, now: now)
        if json {
            let routines = standings.map { "    " + $0.json }.joined(separator: ",\n")
            StandardStream.output.write(
                "{\n  \"today\": \"\(now.day.iso)\",\n  \"routines\": [\(routines.isEmpty ? "" : "\n" + routines + "\n  ")],\n"
                    + "  \"reminders\": \(reminders.json)\n}\n"
            )
            return
        }
        if journal == nil {
            print(words(.cliStatusNoJournal, path))
        } else if standings.isEmpty {
            print(words[.cliStatusNothingUnderWay])
        }
        for standing in standings { print(standing.line(in: words)) }
        if let line = reminders.line(in: words) { print(line) }
    }
}
