/// An instant of the wall clock as the person saw it: seconds since the Unix epoch and the UTC offset.
public struct LocalTime: Hashable, Sendable {
    public var unixSeconds: Int64
    /// Seconds east of UTC.
    public var utcOffsetSeconds: Int

    public init(unixSeconds: Int64, utcOffsetSeconds: Int) {
        self.unixSeconds = unixSeconds
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The local day.
    public var day: CalendarDay { CalendarDay(unixSeconds: unixSeconds, utcOffsetSeconds: utcOffsetSeconds) }

    /// The seconds since local midnight.
    public var secondsIntoDay: Int {
        let local = unixSeconds + Int64(utcOffsetSeconds)
        return Int(local - Int64(day.number) * 86_400)
    }

    /// `09:05`.
    public var hoursMinutes: String {
        let seconds = secondsIntoDay
        return "\(ClockText.twoDigits(seconds / 3600)):\(ClockText.twoDigits(seconds % 3600 / 60))"
    }

    /// `2026-11-30T09:05:12+03:00`: ISO 8601 with the offset, as the JSON and CSV exports write it.
    public var iso8601: String {
        let seconds = secondsIntoDay
        let offset = abs(utcOffsetSeconds)
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        return "\(day.iso)T\(ClockText.twoDigits(seconds / 3600)):\(ClockText.twoDigits(seconds % 3600 / 60)):\(ClockText.twoDigits(seconds % 60))"
            + "\(sign)\(ClockText.twoDigits(offset / 3600)):\(ClockText.twoDigits(offset % 3600 / 60))"
    }
}
