import ArgumentParser
import Glibc
import KneadCore
import KneadJournal

/// `knead remind`: what is due today and not yet done, printed or as a desktop notification;
/// snoozing and pausing reminders; installing the daily timer that runs it.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Remind you of the sessions due today, or set when reminders come.",
        discussion: """
            Prints each routine whose session is due today and not yet done, and nothing otherwise. \
            With --notify it sends a desktop notification instead (through notify-send, when a \
            session bus is there; it prints otherwise), at most once a day for each routine, and \
            stays silent while reminders are snoozed or paused, in the quiet hours, or turned off \
            in config.json. --install writes a systemd user timer that runs `knead remind --notify` \
            each day at the time config.json gives (19:00 by default). See docs/reminders.md.
            """
    )

    @Flag(help: "Send a desktop notification (at most one a day for each routine) instead of printing.")
    var notify = false

    @Option(help: ArgumentHelp("No reminders for this long: minutes, hours or days, such as 30m, 2h or 1d.", valueName: "time"))
    var snooze: String?

    @Option(help: ArgumentHelp("No reminders for this many days, such as 3d (or 3).", valueName: "days"))
    var pause: String?

    @Flag(help: "End a snooze or a pause now.")
    var resume = false

    @Flag(help: "Install the systemd user timer that reminds you each day.")
    var install = false

    @Flag(help: "Remove the systemd user timer.")
    var uninstall = false

    @OptionGroup var journalOptions: JournalOptions

    func validate() throws {
        let chosen = [notify, snooze != nil, pause != nil, resume, install, uninstall].filter { $0 }.count
        if chosen > 1 { throw ValidationError("choose one of --notify, --snooze, --pause, --resume, --install and --uninstall") }
        if let snooze, ReminderDelay.seconds(snooze, defaultUnit: nil) == nil {
            throw ValidationError("--snooze takes a length such as 30m, 2h or 1d (minutes, hours or days, up to 30 days), not \"\(VisibleLine.sanitized(snooze))\"")
        }
        if let pause, ReminderDelay.seconds(pause, defaultUnit: "d") == nil {
            throw ValidationError("--pause takes a number of days such as 3d or 3 (up to 30 days), not \"\(VisibleLine.sanitized(pause))\"")
        }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        let settings = try EffectiveSettings.resolve(options: SettingOptions.parse([]), environment: environment)
        let words = Wording(code: settings.language.value)
        let reminderSettings = try Self.reminderSettings(environment: environment)
        if install || uninstall {
            try ReminderInstallation(environment: environment, words: words).run(install: install, at: reminderSettings.at)
            return
        }
        guard let now = CommandClock.now(environment: environment.variables) else {
            throw ValidationError("\(CommandClock.variable) must be a date and time with an offset, such as 2026-01-12T19:05:00+03:00")
        }
        guard let statePath = ReminderStateFile.path(environment: environment.variables) else {
            throw ValidationError("no place for the reminders' state: set HOME or XDG_STATE_HOME")
        }
        var state = ReminderStateFile.read(at: statePath)
        if snooze != nil || pause != nil || resume {
            try hold(&state, now: now, path: statePath, words: words)
            return
        }
        let (_, journal) = try journalOptions.openForReading(in: environment)
        let routines = environment.catalog().entries.map(\.routine)
        let due = journal.map { RoutineStatus.underWay(in: $0, routines: routines, today: now.day) }?.filter(\.status.isDue) ?? []
        guard notify else {
            for routine in due { print(routine.line(in: words)) }
            return
        }
        let named = state.toNotify(due.map(\.routineID), at: now, settings: reminderSettings)
        guard !named.isEmpty else { return }
        let chosen = due.filter { named.contains($0.routineID) }
        let summary = words[.cliRemindSummary]
        let body = chosen.map { $0.line(in: words) }.joined(separator: "\n")
        if !DesktopNotification.send(summary: summary, body: body, environment: environment.variables) {
            print(summary)
            print(body)
        }
        if let reason = ReminderStateFile.write(state.noting(named, at: now), to: statePath) {
            printError(words(.cliError, words(.cliRemindStateNotKept, statePath, reason)))
        }
    }

    /// Snoozes, pauses or resumes reminders, and says until when.
    private func hold(_ state: inout ReminderState, now: LocalTime, path: String, words: Wording) throws {
        var message: String
        if resume {
            state.snoozedUntil = nil
            state.pausedUntil = nil
            message = words[.cliRemindResumed]
        } else {
            let seconds = snooze.flatMap { ReminderDelay.seconds($0, defaultUnit: nil) } ?? pause.flatMap { ReminderDelay.seconds($0, defaultUnit: "d") } ?? 0
            let until = LocalTime(unixSeconds: now.unixSeconds + Int64(seconds), utcOffsetSeconds: now.utcOffsetSeconds)
            if snooze != nil { state.snoozedUntil = until.unixSeconds } else { state.pausedUntil = until.unixSeconds }
            let when = "\(words.weekdayDayMonth(until.day)), \(until.hoursMinutes)"
            message = words(snooze != nil ? .cliStatusSnoozed : .cliStatusPaused, when)
        }
        if let reason = ReminderStateFile.write(state, to: path) {
            printError(words(.cliError, words(.cliRemindStateNotKept, path, reason)))
            throw ExitCode.cannotCreate
        }
        print(message)
    }

    /// The `reminders` settings of config.json, or the defaults.
    static func reminderSettings(environment: CommandEnvironment) throws -> ReminderSettings {
        guard let path = SettingsLoader.path(environment: environment.variables) else { return ReminderSettings() }
        do {
            return try SettingsLoader.load(contentsOf: path)?.reminders ?? ReminderSettings()
        } catch {
            printError(VisibleLine.sanitizedLines(error.description))
            throw ExitCode.validationFailure
        }
    }
}
