/// The limits of a course of sessions: how many in a row, and how long to rest after.
public struct Course: Hashable, Sendable {
    /// The most sessions in one course.
    public var maxSessions: Int?
    /// The days of rest after a course.
    public var restDays: Int?
    /// Anything else about the course.
    public var note: LocalizedText?

    public init(maxSessions: Int? = nil, restDays: Int? = nil, note: LocalizedText? = nil) {
        self.maxSessions = maxSessions
        self.restDays = restDays
        self.note = note
    }
}
