/// The side of the body a step works on.
public enum Side: String, CaseIterable, Hashable, Sendable {
    case left, right

    /// The other side.
    public var opposite: Side { self == .left ? .right : .left }
}
