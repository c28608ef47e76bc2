import KneadCore

/// "Is this a flare (acute pain)?" and gentle mode: a flare is off by default and turns gentle
/// mode on; gentle mode alone is offered when the last session ended on "it hurts".
public struct FlareChoice: Hashable, Sendable {
    /// Whether the person said it is a flare.
    public private(set) var flare = false
    /// Whether the person asked for gentle mode without a flare.
    public private(set) var gentleAsked: Bool
    /// What the routine may do in a flare.
    public let rule: FlareRule
    /// Whether gentle mode came pre-set because the last session ended on "it hurts".
    public let gentleOffered: Bool

    public init(rule: FlareRule, offerGentle: Bool) {
        self.rule = rule
        gentleAsked = offerGentle
        gentleOffered = offerGentle
    }

    /// `f`: a flare, or not.
    public mutating func toggleFlare() {
        flare.toggle()
    }

    /// `g`: gentle mode, or not; in a flare the session is gentle whatever this says.
    public mutating func toggleGentle() {
        gentleAsked.toggle()
    }

    /// Whether the session runs in gentle mode: in a flare, or when asked.
    public var gentle: Bool { flare || gentleAsked }

    /// Whether the routine is refused: it is a flare, and the routine is not done in one.
    public var refuses: Bool { flare && rule == .avoid }
}
