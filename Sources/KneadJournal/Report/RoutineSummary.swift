import KneadCore

/// The figures of one routine's sessions, as `knead report` prints them.
public struct RoutineSummary: Hashable, Sendable {
    public var routineID: String
    /// The title of its latest session.
    public var title: String
    public var sessions: Int
    public var courses: Int
    /// How many sessions ended each way.
    public var endings: [SessionEnding: Int]
    public var averageBefore: Double?
    public var averageAfter: Double?
    /// The average of after minus before, over the sessions rated both times.
    public var averageChange: Double?
    /// The latest rated sessions' ratings, the oldest first.
    public var trend: [PainRatings]
    /// The steps skipped, the most often first, with how often.
    public var skipped: [SkippedStep]
    /// How often the "it hurts" key was pressed.
    public var itHurts: Int
    /// The steps during which "it hurts" was pressed, the most often first, with how often.
    public var hurtingSteps: [SkippedStep] = []
    /// The days of its first and last session.
    public var firstDay: CalendarDay
    public var lastDay: CalendarDay

    /// A step of the routine and how often something happened at it (skipped, or hurt).
    public struct SkippedStep: Hashable, Sendable {
        public var name: String
        public var count: Int
    }
}
