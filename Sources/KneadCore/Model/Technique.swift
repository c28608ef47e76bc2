/// A massage technique, the kind of movement a stage asks for.
public enum Technique: String, CaseIterable, Hashable, Sendable {
    case stroking, rubbing, squeezing, kneading, pressing, vibration, tapping, pinching
    case cupping, acupressure, honey, rest

    /// Whether a step of this technique runs in gentle mode (a flare, or after "it hurts"):
    /// only the lightest stroking and rest do.
    public var staysInGentleMode: Bool { self == .stroking || self == .rest }
}
