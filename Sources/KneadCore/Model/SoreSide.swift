/// The person's answer to "which side hurts more?": a side, or neither.
public enum SoreSide: String, CaseIterable, Hashable, Sendable {
    case left, right, neither

    /// The side that hurts more, or nil when neither does.
    public var side: Side? {
        switch self {
        case .left: .left
        case .right: .right
        case .neither: nil
        }
    }
}
