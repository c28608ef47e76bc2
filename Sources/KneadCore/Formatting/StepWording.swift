/// The words that describe a step to the person: its name and, for a get-ready pause, what to do.
public enum StepWording {
    /// The step's name: the stage's name, or "Switch to the right side" for a get-ready pause,
    /// in the language of `language` (Russian for `ru…`, English otherwise).
    public static func name(of step: Step, language: String?) -> String {
        guard step.isTransition else { return step.stage.name.resolved(for: language) }
        let words = Wording(code: language)
        let key = switch step.side {
        case .left: "step.switchTo.left"
        case .right: "step.switchTo.right"
        case nil: "step.switchTo.other"
        }
        return words[key]
    }

    /// What to do during a get-ready pause: which move continues, and on which side.
    public static func transitionInstructions(for step: Step, language: String?) -> String {
        let words = Wording(code: language)
        let move = step.stage.name.resolved(for: language)
        return words("step.getReady", move, step.side.map(words.side) ?? words["step.otherSide"])
    }
}
