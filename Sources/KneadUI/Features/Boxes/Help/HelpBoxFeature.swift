import KneadCore

/// The box that lists every key, those of the screen under it first; any key closes it.
struct HelpBoxFeature: Feature {
    /// The sections to list, in order.
    let sections: [KeySection]

    var name: String { "help" }

    var helpSections: [KeySection] { sections }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key = input else { return .stay() }
        return Transition(.closeBox(nil))
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        HelpOverlay(sections: sections, theme: context.theme).draw(into: &screen, area: area)
    }
}
