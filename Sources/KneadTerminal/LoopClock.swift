import KneadCore

/// The clock the run loop reads: the monotonic clock, or a clock moved by hand in tests.
protocol LoopClock {
    /// The instant now.
    func now() -> Instant
    /// The milliseconds to wait from `now` until `deadline` (rounded up), -1 for no deadline.
    func pollTimeout(until deadline: Instant?, from now: Instant) -> Int32
}

extension MonotonicClock: LoopClock {}
