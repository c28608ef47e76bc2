/// How much of a session is spoken aloud.
public enum VoiceLevel: String, CaseIterable, Hashable, Sendable {
    /// Nothing is spoken.
    case off
    /// Each step, each change of side, halfway through long steps, pausing, resuming and the end.
    case on
    /// Everything of `on`, and also the last seconds ("3", "2", "1") and each step's caution, once.
    case all
}
