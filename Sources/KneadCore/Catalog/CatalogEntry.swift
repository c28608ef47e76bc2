/// A routine of the catalog together with where it came from.
public struct CatalogEntry: Hashable, Sendable {
    /// The loaded routine.
    public var routine: Routine
    /// Where it was found.
    public var origin: RoutineOrigin

    public init(routine: Routine, origin: RoutineOrigin) {
        self.routine = routine
        self.origin = origin
    }
}
