import KneadCore

/// Whether reminders are snoozed or paused now, for `knead status`.
struct ReminderStatus {
    var snoozedUntil: LocalTime?
    var pausedUntil: LocalTime?

    /// The snooze and pause still in force at `now`, read from the state file.
    static func read(environment: [String: String], now: LocalTime) -> ReminderStatus {
        guard let path = ReminderStateFile.path(environment: environment) else { return ReminderStatus() }
        let state = ReminderStateFile.read(at: path)
        func inForce(_ until: Int64?) -> LocalTime? {
            until.flatMap { $0 > now.unixSeconds ? LocalTime(unixSeconds: $0, utcOffsetSeconds: now.utcOffsetSeconds) : nil }
        }
        return ReminderStatus(snoozedUntil: inForce(state.snoozedUntil), pausedUntil: inForce(state.pausedUntil))
    }

    /// `Reminders paused until Thu 15 Jan, 19:05.`; nil when neither is in force.
    func line(in words: Wording) -> String? {
        let until = [pausedUntil, snoozedUntil].compactMap { $0 }.max { $0.unixSeconds < $1.unixSeconds }
        guard let until else { return nil }
        let phrase: CommandLinePhrase = until == pausedUntil ? .cliStatusPaused : .cliStatusSnoozed
        return words(phrase, "\(words.weekdayDayMonth(until.day)), \(until.hoursMinutes)")
    }

    /// `{"snoozedUntil": "…", "pausedUntil": null}`.
    var json: String {
        "{\"snoozedUntil\": \(JSONLiteral.string(snoozedUntil?.iso8601)), \"pausedUntil\": \(JSONLiteral.string(pausedUntil?.iso8601))}"
    }
}
