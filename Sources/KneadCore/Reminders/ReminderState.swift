/// What reminders remember between runs: the day each routine was last brought up, and how
/// long they are snoozed or paused. Kept in knead's state folder, never in the journal.
public struct ReminderState: Hashable, Sendable {
    /// No reminder before this instant (seconds since the Unix epoch): `--snooze`.
    public var snoozedUntil: Int64?
    /// No reminder before this instant: `--pause`.
    public var pausedUntil: Int64?
    /// The local day a notification last named each routine, by routine id.
    public var notified: [String: CalendarDay]

    public init(snoozedUntil: Int64? = nil, pausedUntil: Int64? = nil, notified: [String: CalendarDay] = [:]) {
        self.snoozedUntil = snoozedUntil
        self.pausedUntil = pausedUntil
        self.notified = notified
    }

    /// The routines of `due` a notification should name at `now`: none while snoozed or
    /// paused, in quiet hours, or with reminders off; otherwise those not yet named today.
    public func toNotify(_ due: [String], at now: LocalTime, settings: ReminderSettings) -> [String] {
        guard settings.enabled, !isHeld(at: now), !settings.isQuiet(at: now) else { return [] }
        return due.filter { notified[$0] != now.day }
    }

    /// Whether a snooze or a pause is in force at `now`.
    public func isHeld(at now: LocalTime) -> Bool {
        [snoozedUntil, pausedUntil].contains { $0.map { now.unixSeconds < $0 } ?? false }
    }

    /// The state once `routines` were named in a notification at `now`; days long past are dropped.
    public func noting(_ routines: [String], at now: LocalTime) -> ReminderState {
        var next = self
        for routine in routines { next.notified[routine] = now.day }
        next.notified = next.notified.filter { now.day.number - $0.value.number < 7 }
        return next
    }
}
