/// Something the shell should carry out because of an event: a cue, or the end of the session.
public enum SessionEffect: Hashable, Sendable {
    /// A step began (at the start, after the previous one ended, or after a skip or back).
    case stepStarted(index: Int)
    /// The current step is halfway through.
    case halfway(index: Int)
    /// The current step has this many seconds left: 3, 2, then 1.
    case countdown(secondsLeft: Int, index: Int)
    /// A movement of a paced step begins: `stroke` of `strokes`, counting from 1.
    case beat(stroke: Int, of: Int, index: Int)
    /// The session was paused.
    case paused
    /// The session was resumed.
    case resumed
    /// The session ended, by finishing or by quitting.
    case finished(SessionReport)
}
