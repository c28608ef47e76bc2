/// Something noted during a recorded session: a step skipped, a course limit passed, and later kinds.
public struct RecordedEvent: Hashable, Sendable {
    /// What happened, such as `step_skipped` or `course_limit_overridden`.
    public var kind: String
    /// The step it concerns, counting from 1, if any.
    public var step: Int?
    /// More about it: for a skipped step, its name.
    public var detail: String?
    /// When, in seconds since the Unix epoch.
    public var at: Int64
    /// What the person chose, for an "it hurts" press: `gentle`, `skip`, `end` or `resume`.
    public var choice: String?

    public init(kind: String, step: Int?, detail: String?, at: Int64, choice: String? = nil) {
        self.choice = choice
        self.kind = kind
        self.step = step
        self.detail = detail
        self.at = at
    }

    /// The kind of the event noting a step the person skipped.
    public static let stepSkipped = "step_skipped"
    /// The kind of the event noting the step a session was quit in (by the person or a signal);
    /// journals written before it existed have theirs changed from `step_skipped` when opened.
    public static let stepQuit = "step_quit"
    /// The kind of the event noting a session started after its course had reached its most sessions.
    public static let courseLimitOverridden = "course_limit_overridden"
    /// The kind of the event noting that the person pressed the "it hurts" key; its detail
    /// names the step and its choice says what they chose.
    public static let itHurts = "it_hurts"
}
