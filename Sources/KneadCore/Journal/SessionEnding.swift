/// How a recorded session ended.
public enum SessionEnding: String, Hashable, Sendable, CaseIterable {
    /// Every step ran or was skipped to the end.
    case finished
    /// The person quit before the end.
    case quit
    /// Ctrl-C, SIGTERM or SIGHUP ended it.
    case signal
    /// It never said how it ended: killed, crashed, a power cut, or still running elsewhere.
    case interrupted
}
