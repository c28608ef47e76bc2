import KneadCore

/// What the app notes of the session under way beyond the engine's state: the sore side it
/// began with, the furthest step started, how often "it hurts" was pressed and what its box
/// last chose. The routine's journal facts are brought up to date from it when the session is left.
struct SessionNotes: Hashable, Sendable {
    /// The side said to hurt more when the session began.
    var soreSide: SoreSide?
    /// The number (from 1) of the furthest step started, as the journal counts it; 0 before the start.
    private(set) var stepReached = 0
    /// How often the "it hurts" key was pressed.
    var itHurtsPresses = 0
    /// The choice last made in the "it hurts" box, if it was opened.
    var lastItHurtsChoice: ItHurtsChoice?

    /// Notes how far the session got from what an event did to it.
    mutating func note(_ effects: [SessionEffect]) {
        for case .stepStarted(let index) in effects {
            stepReached = max(stepReached, index + 1)
        }
    }

    /// Whether the session ended on the "it hurts" key.
    var endedOnItHurts: Bool { lastItHurtsChoice == .end }
}
