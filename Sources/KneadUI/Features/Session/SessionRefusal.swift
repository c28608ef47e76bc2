/// Why a session cannot begin, whatever shows it.
public enum SessionRefusal: Hashable, Sendable {
    /// The routine has no steps at all.
    case noSteps
    /// The routine is not done during a flare.
    case refusedInFlare
    /// In gentle mode nothing of the routine is left.
    case nothingGentle
}
