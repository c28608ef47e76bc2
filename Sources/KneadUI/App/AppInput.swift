import KneadCore

/// What the shell feeds the app: a key, the passing of time, or a suspension.
public enum AppInput: Hashable, Sendable {
    /// A key was pressed at an instant of the monotonic clock.
    case key(Key, at: Instant)
    /// Time passed; sent when `AppModel.nextChange(after:)` comes due.
    case tick(at: Instant)
    /// The program is being suspended (Ctrl-Z): the session pauses.
    case suspended(at: Instant)
    /// The journal could not be written: a one-line warning for the footer.
    case journalWarning(String)
}
