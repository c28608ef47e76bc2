import KneadCore

/// "Quit this session?": `y` ends it, `n` or Esc closes the box, other keys are ignored.
struct QuitQuestionFeature: Feature {
    var name: String { "quitConfirmation" }

    var helpSections: [KeySection] { SessionFeature.helpDuringSession }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input else { return .stay() }
        switch QuitConfirmationCommand.bindings.command(for: key) {
        case .confirm: return Transition(.closeBox(.quitConfirmed))
        case .keepGoing: return Transition(.closeBox(nil))
        case nil: return .stay()
        }
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        QuitConfirmationOverlay(theme: context.theme).draw(into: &screen, area: area)
    }
}
