/// How a step of a session ended.
public enum StepOutcome: Hashable, Sendable {
    /// It ran to its end.
    case done
    /// The person skipped it, or quit during it.
    case skipped
    /// Gentle mode, chosen during the session, left it out.
    case leftOut
}
