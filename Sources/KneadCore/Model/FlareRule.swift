/// What a routine may do during a flare (acute pain), as its script's `safety.inFlare` says.
public enum FlareRule: String, CaseIterable, Hashable, Sendable {
    /// It runs in gentle mode: only its stroking and rest steps, very lightly. The default.
    case gentle
    /// It must not be done at all during a flare (as the article says of acupressure).
    case avoid
}
