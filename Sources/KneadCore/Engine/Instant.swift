/// A point on the monotonic clock, as an offset from an arbitrary origin.
///
/// The engine never reads a clock: the shell stamps each event with an `Instant`, and tests
/// write literal ones such as `Instant.seconds(12)`.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The time since the clock's origin.
    public var sinceOrigin: Duration

    public init(sinceOrigin: Duration) {
        self.sinceOrigin = sinceOrigin
    }

    /// The instant `seconds` after the origin.
    public static func seconds(_ seconds: Double) -> Instant {
        Instant(sinceOrigin: .milliseconds(Int64((seconds * 1000).rounded())))
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.sinceOrigin < rhs.sinceOrigin }
    public static func + (lhs: Instant, rhs: Duration) -> Instant { Instant(sinceOrigin: lhs.sinceOrigin + rhs) }
    public static func - (lhs: Instant, rhs: Duration) -> Instant { Instant(sinceOrigin: lhs.sinceOrigin - rhs) }
    public static func - (lhs: Instant, rhs: Instant) -> Duration { lhs.sinceOrigin - rhs.sinceOrigin }

    public var description: String { "\(sinceOrigin)" }
}
