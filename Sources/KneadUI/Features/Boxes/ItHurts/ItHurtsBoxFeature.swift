import KneadCore

/// The "it hurts" box over the paused session: a key for each way on, Enter for the one offered.
struct ItHurtsBoxFeature: Feature {
    /// The box's keys in the help.
    static let keys = KeySection(heading: .helpItHurts, bindings: ItHurtsCommand.bindings)

    /// The press this box answers, and the ways on it offers.
    let box: ItHurtsBox

    var name: String { "itHurts" }

    var helpSections: [KeySection] { SessionFeature.helpDuringSession }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input, let choice = box.choice(for: key) else { return .stay() }
        return Transition(.closeBox(.itHurts(choice, box)))
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        ItHurtsOverlay(box: box, theme: context.theme).draw(into: &screen, area: area)
    }
}
