/// When reminders may come, from the `reminders` object of `config.json`.
public struct ReminderSettings: Hashable, Sendable {
    /// Whether reminders come at all.
    public var enabled: Bool
    /// The time of day the installed timer runs `knead remind --notify`, in minutes from midnight.
    public var at: Int
    /// Quiet hours, in minutes from midnight: no notification from `quietFrom` until
    /// `quietUntil` (across midnight when `quietFrom` is later); nil for none.
    public var quietFrom: Int?
    public var quietUntil: Int?

    public init(enabled: Bool = true, at: Int = 19 * 60, quietFrom: Int? = nil, quietUntil: Int? = nil) {
        self.enabled = enabled
        self.at = at
        self.quietFrom = quietFrom
        self.quietUntil = quietUntil
    }

    /// Whether `now` falls in the quiet hours.
    public func isQuiet(at now: LocalTime) -> Bool {
        guard let quietFrom, let quietUntil, quietFrom != quietUntil else { return false }
        let minute = now.secondsIntoDay / 60
        return quietFrom < quietUntil
            ? minute >= quietFrom && minute < quietUntil
            : minute >= quietFrom || minute < quietUntil
    }

    /// `19:00`.
    public static func clockText(_ minutes: Int) -> String {
        "\(ClockText.twoDigits(minutes / 60)):\(ClockText.twoDigits(minutes % 60))"
    }

    /// The minutes from midnight of `HH:MM` (00:00 to 23:59); nil for anything else.
    public static func minutes(of text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60 else { return nil }
        return hours * 60 + minutes
    }
}
