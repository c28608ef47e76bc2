/// Where the app begins: the list of routines, or straight at one routine's safety check.
public enum AppStart: Hashable, Sendable {
    /// The picker, listing every routine.
    case picker
    /// The safety check of the routine with this id, as with `knead ROUTINE`.
    case routine(String)
}
