/// The words that describe a step to the person: its name and, for a get-ready pause, what to do.
public enum StepWording {
    /// The step's name: the stage's name, or "Switch to the right side" for a get-ready pause,
    /// in the language of `language` (Russian for `ru…`, English otherwise).
    public static func name(of step: Step, language: String?) -> String {
        guard step.isTransition else { return step.stage.name.resolved(for: language) }
        let words = Wording(code: language)
        let phrase: Phrase = switch step.side {
        case .left: .stepSwitchToLeft
        case .right: .stepSwitchToRight
        case nil: .stepSwitchToOther
        }
        return words[phrase]
    }

    /// What to do during a get-ready pause: which move continues, and on which side.
    public static func transitionInstructions(for step: Step, language: String?) -> String {
        let words = Wording(code: language)
        let move = step.stage.name.resolved(for: language)
        return words(.stepGetReady, move, step.side.map(words.side) ?? words[.stepOtherSide])
    }
}
