/// What a session came to: how long it took and which steps were done or skipped.
public struct SessionReport: Hashable, Sendable {
    /// The steps that ran to their end, by index.
    public var done: [Int]
    /// The steps skipped, or interrupted by quitting, by index.
    public var skipped: [Int]
    /// The steps never reached because the session was quit.
    public var notReached: [Int]
    /// The steps left out when gentle mode was chosen during the session.
    public var leftOut: [Int]
    /// The time from the start to the end, pauses left out.
    public var activeTime: Duration
    /// The time spent paused.
    public var pausedTime: Duration
    /// Whether the person quit before the last step ended.
    public var endedEarly: Bool

    public init(
        done: [Int], skipped: [Int], notReached: [Int], leftOut: [Int] = [],
        activeTime: Duration, pausedTime: Duration, endedEarly: Bool
    ) {
        self.done = done
        self.skipped = skipped
        self.notReached = notReached
        self.leftOut = leftOut
        self.activeTime = activeTime
        self.pausedTime = pausedTime
        self.endedEarly = endedEarly
    }
}
