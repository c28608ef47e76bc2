/// The shape of a course of sessions: how often they come, how many in a row, how long it may
/// last, and how long to rest after.
public struct Course: Hashable, Sendable {
    /// The most sessions in one course.
    public var maxSessions: Int?
    /// The days of rest after a course.
    public var restDays: Int?
    /// How often sessions come; nil when the script names no rhythm (then a session a day).
    public var rhythm: CourseRhythm?
    /// The most days one course may last, from its first session (the lumbar course: a month).
    public var longestDays: Int?
    /// Anything else about the course.
    public var note: LocalizedText?

    public init(
        maxSessions: Int? = nil, restDays: Int? = nil, rhythm: CourseRhythm? = nil, longestDays: Int? = nil,
        note: LocalizedText? = nil
    ) {
        self.maxSessions = maxSessions
        self.restDays = restDays
        self.rhythm = rhythm
        self.longestDays = longestDays
        self.note = note
    }

    /// The rhythm in force: the script's, or a session a day.
    public var rhythmInForce: CourseRhythm { rhythm ?? .daily }
}
