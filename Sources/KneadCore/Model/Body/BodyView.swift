/// One picture of the body figure, seen from behind.
public enum BodyView: String, CaseIterable, Hashable, Sendable {
    /// The back with the neck and head.
    case back
    /// The legs from behind.
    case legs
    /// The back of the hand.
    case hand
}
