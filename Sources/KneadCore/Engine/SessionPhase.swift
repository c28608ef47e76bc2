/// Where a session stands.
public enum SessionPhase: Hashable, Sendable {
    /// Not started yet.
    case ready
    /// Counting down.
    case running
    /// Frozen until the person resumes.
    case paused
    /// Over, by finishing or quitting.
    case finished
}
