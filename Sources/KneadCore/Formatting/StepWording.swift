/// The words that describe a step to the person: its name and, for a get-ready pause, what to do.
public enum StepWording {
    /// The step's name: the stage's name, or "Switch to the right side" for a get-ready pause.
    public static func name(of step: Step, language: String?) -> String {
        guard step.isTransition else { return step.stage.name.resolved(for: language) }
        return "Switch to the \(step.side?.rawValue ?? "other") side"
    }

    /// What to do during a get-ready pause: which move continues, and on which side.
    public static func transitionInstructions(for step: Step, language: String?) -> String {
        let move = step.stage.name.resolved(for: language)
        return "Get ready: \(move) continues on the \(step.side?.rawValue ?? "other") side."
    }
}
