/// How a routine is fitted to the person on the day: the sore side last, and gentle mode in a flare.
public struct TimelineAdaptation: Hashable, Sendable {
    /// The side that hurts more, worked second in every two-sided step; nil when neither does
    /// (the script's order then stands).
    public var soreSide: Side?
    /// Whether only the stroking and rest steps run, very lightly (during a flare).
    public var gentle: Bool

    /// The routine as written: the script's side order, every step.
    public static let asWritten = TimelineAdaptation()

    public init(soreSide: Side? = nil, gentle: Bool = false) {
        self.soreSide = soreSide
        self.gentle = gentle
    }

    /// The sides of a stage in the order they are worked: the less painful side first.
    func order(_ sides: [Side]) -> [Side] {
        guard let soreSide, sides.contains(soreSide), sides.contains(soreSide.opposite) else { return sides }
        return sides.filter { $0 != soreSide } + sides.filter { $0 == soreSide }
    }
}
