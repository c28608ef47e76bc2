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
    /// The monotonic reading at launch, the origin of every instant.
    private let launch: Duration

    /// Starts a clock whose origin is now.
    public init(scale: Double = 1) {
        self.scale = scale.isFinite && scale > 0 ? scale : 1
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
