import ArgumentParser
import Glibc
import KneadCore
import KneadJournal
import KneadUI

/// `knead calendar`: a routine's course on the calendar, month by month.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Show your sessions, rests and the days due on a calendar.",
        discussion: """
            Each day of the months shown has a mark after its number: finished (with the pain \
            after it shaded 0 to 3, 4 to 6 or 7 to 10), quit, "it hurts", a rest after a full course, or a \
            session due; on a terminal, today is in reverse. The months end with next month, so the days due \
            next are in sight; three stand side by side where the width allows. Without a \
            routine, every routine with a session in these months or a course under way. Colours \
            only repeat what the marks say; NO_COLOR, --no-color or "colors": false in the settings \
            leave them out.
            """
    )

    /// The most months one calendar shows.
    static let mostMonths = 12

    @Argument(help: "Only this routine, by its name (such as `lumbar`).", completion: RoutineNameCompletion.kind)
    var routine: String?

    @Option(help: ArgumentHelp("How many months to show, up to next month (1 for this month alone; at most 12).", valueName: "N"),
            transform: NumberArgument.calendarMonths)
    var months = 3

    @Flag(inversion: .prefixedNo, help: "Colour the marks (on a terminal, unless NO_COLOR or the settings say otherwise).")
    var color = true

    @OptionGroup var journalOptions: JournalOptions

    func run() throws {
        let environment = CommandEnvironment.current
        let settings = try EffectiveSettings.resolve(options: SettingOptions.parse([]), environment: environment)
        let language = settings.language.value
        let words = Wording(code: language)
        guard let now = CommandClock.now(environment: environment.variables) else {
            throw ValidationError("\(CommandClock.variable) must be a date and time with an offset, such as 2026-01-12T19:05:00+03:00")
        }
        let today = now.day
        let routines = try routine.map { [try environment.routine(named: $0)] } ?? environment.catalog().entries.map(\.routine)
        let (_, journal) = try journalOptions.openForReading(in: environment)
        // The journal's facts of a routine hold its sessions from as far back as the most months
        // shown need, and from the start of its course under way.
        let facts = journal?.facts(for: routines, today: today) ?? [:]
        let width = TerminalWidth.current(environment: environment.variables)
        let look = CalendarText.Look(
            styled: isatty(STDOUT_FILENO) == 1, colors: color && settings.colors.value
        )
        var blocks: [[String]] = []
        for routine in routines {
            let sessions = facts[routine.id]?.calendarSessions ?? []
            guard self.routine != nil || CalendarText.hasAnything(routine: routine, sessions: sessions, today: today, months: months) else { continue }
            blocks.append(CalendarText.lines(
                of: routine, sessions: sessions, today: today, months: months, width: width, language: language, look: look
            ))
        }
        guard !blocks.isEmpty else {
            print(words[.cliCalendarNothing])
            return
        }
        let legend = CalendarText.legendLines(today: today, width: width, language: language, look: look)
        print((blocks + [legend]).map { $0.joined(separator: "\n") }.joined(separator: "\n\n"))
    }
}
