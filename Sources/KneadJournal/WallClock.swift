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
    private static func localTime(unixSeconds: Int64) -> LocalTime {
        var seconds = time_t(unixSeconds)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return LocalTime(unixSeconds: unixSeconds, utcOffsetSeconds: Int(parts.tm_gmtoff))
    }
}
