/// Something that happened to a session, stamped with the instant it happened at.
///
/// Events are named after what happened; `Session.reduce` decides what it means.
public enum SessionEvent: Hashable, Sendable {
    /// The person began the session.
    case started(at: Instant)
    /// Time went by; the shell sends this when a deadline or a second boundary is reached.
    case ticked(at: Instant)
    /// Pause was pressed: pauses a running session, resumes a paused one.
    case pauseKeyPressed(at: Instant)
    /// The program was suspended (Ctrl-Z): pauses a running session, leaves a paused one.
    case suspended(at: Instant)
    /// Next was pressed: skips the rest of the step.
    case nextKeyPressed(at: Instant)
    /// Back was pressed: restarts the step, or goes to the previous one early in a step.
    case backKeyPressed(at: Instant)
    /// Restart was pressed: the step begins again from its full length.
    case restartKeyPressed(at: Instant)
    /// Time was added to (or, when negative, removed from) the current step.
    case timeAdjusted(by: Duration, at: Instant)
    /// The person confirmed they want to stop the session.
    case quitConfirmed(at: Instant)
    /// The person said a move hurts: the session pauses at once (and stays paused).
    case hurtKeyPressed(at: Instant)
    /// The person chose gentle mode for the rest of the session: from now on only stroking and
    /// rest steps run, and the current step is left out unless it is one of them.
    case gentleModeChosen(at: Instant)

    /// When the event happened.
    public var instant: Instant {
        switch self {
        case .started(let at), .ticked(let at), .pauseKeyPressed(let at), .suspended(let at),
             .nextKeyPressed(let at), .backKeyPressed(let at), .restartKeyPressed(let at),
             .timeAdjusted(_, let at), .quitConfirmed(let at), .hurtKeyPressed(let at), .gentleModeChosen(let at):
            return at
        }
    }
}
