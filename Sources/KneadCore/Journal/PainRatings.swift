/// A session's pain ratings, before the first step and after the last; nil when skipped.
public struct PainRatings: Hashable, Sendable {
    public var before: Int?
    public var after: Int?

    public init(before: Int? = nil, after: Int? = nil) {
        self.before = before
        self.after = after
    }
}
