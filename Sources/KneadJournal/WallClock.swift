import Glibc
import KneadCore

/// The wall clock and the local UTC offset, read only by the journal when it stamps a row.
public enum WallClock {
    /// Now, with the UTC offset in force (from `TZ` or the system's zone).
    public static func now() -> LocalTime {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return localTime(unixSeconds: Int64(time.tv_sec))
    }

    /// The instant `unixSeconds` with the UTC offset in force at it.
    public static func localTime(unixSeconds: Int64) -> LocalTime {
        var seconds = time_t(unixSeconds)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return LocalTime(unixSeconds: unixSeconds, utcOffsetSeconds: Int(parts.tm_gmtoff))
    }

    /// The unix second at which the local day `day` begins (near enough for filtering: the
    /// offset of noon that day is used).
    public static func start(of day: CalendarDay) -> Int64 {
        let noon = Int64(day.number) * 86_400 + 43_200
        let offset = localTime(unixSeconds: noon).utcOffsetSeconds
        return Int64(day.number) * 86_400 - Int64(offset)
    }
}
