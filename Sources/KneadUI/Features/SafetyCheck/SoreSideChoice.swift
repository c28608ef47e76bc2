import KneadCore

/// "Which side hurts more?": ← left, → right, `x` neither; last time's answer comes pre-set,
/// and the less painful side then goes first in every two-sided step.
public struct SoreSideChoice: Hashable, Sendable {
    public private(set) var answer: SoreSide

    /// The choice with last time's answer, or neither when there was none.
    public init(lastAnswer: SoreSide?) {
        answer = lastAnswer ?? .neither
    }

    /// Sets the answer.
    public mutating func choose(_ side: SoreSide) {
        answer = side
    }

    /// The side worked first in two-sided steps, or nil when the script's order stands.
    public var firstSide: Side? { answer.side?.opposite }
}
