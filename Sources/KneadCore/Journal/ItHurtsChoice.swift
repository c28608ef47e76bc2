/// What the person chose after pressing the "it hurts" key during a session.
public enum ItHurtsChoice: String, CaseIterable, Hashable, Sendable {
    /// Go on with the rest of the session in gentle mode: stroking and rest only.
    case gentle
    /// Leave out the step that hurt and go on to the next one.
    case skip
    /// End the session here.
    case end
    /// Go on as before.
    case resume
}
