import Glibc
import KneadCore

/// The session clock: the monotonic clock since launch, optionally sped up.
///
/// Reads `CLOCK_MONOTONIC`, which never jumps with the wall clock and stands still while the
/// machine sleeps. An instant is the time since the clock was made multiplied by `scale`, so a
/// test can run a session twenty times faster; timeouts are divided by the same factor.
public struct MonotonicClock {
    /// How many times faster than real time the clock runs.
    public let scale: Double
    /// The fastest a clock may run: a session's instants stay far inside what a `Duration`
    /// holds for years of running, and a step of an hour still lasts 36 ms of real time.
    public static let fastestScale: Double = 100_000
    /// The monotonic reading at launch, the origin of every instant.
    private let launch: Duration

    /// Whether `scale` is a speed a clock can run at: more than 0 and at most `fastestScale`.
    public static func isUsable(scale: Double) -> Bool {
        scale.isFinite && scale > 0 && scale <= fastestScale
    }

    /// Starts a clock whose origin is now; a scale it cannot run at gives real time.
    public init(scale: Double = 1) {
        self.scale = Self.isUsable(scale: scale) ? scale : 1
        self.launch = Self.readMonotonic()
    }

    /// The current instant of the session clock.
    public func now() -> Instant {
        let elapsed = Self.readMonotonic() - launch
        return Instant(sinceOrigin: scale == 1 ? elapsed : elapsed * scale)
    }

    /// The real time, in whole milliseconds rounded up, from `now` until `deadline`, for `poll`.
    ///
    /// Returns -1 (wait forever) when there is no deadline, and 0 when it has passed.
    public func pollTimeout(until deadline: Instant?, from now: Instant) -> Int32 {
        guard let deadline else { return -1 }
        let scaled = deadline - now
        guard scaled > .zero else { return 0 }
        let realSeconds = scaled.inSeconds / scale
        let milliseconds = (realSeconds * 1000).rounded(.up)
        return milliseconds >= Double(Int32.max) ? Int32.max : max(1, Int32(milliseconds))
    }

    /// The raw monotonic clock reading.
    private static func readMonotonic() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}
