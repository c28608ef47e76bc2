/// The side of the body a step works on.
public enum Side: String, CaseIterable, Hashable, Sendable {
    case left, right

    /// The side's name in capitals, as the screen shows it: `LEFT`, `RIGHT`.
    public var capitalName: String { rawValue.uppercased() }

    /// The other side.
    public var opposite: Side { self == .left ? .right : .left }
}
