import KneadCore

/// What a box hands the screen under it when it closes with an answer.
enum BoxAnswer: Hashable, Sendable {
    /// The quit question was answered yes.
    case quitConfirmed
    /// The "it hurts" box chose a way on.
    case itHurts(ItHurtsChoice, ItHurtsBox)
}
