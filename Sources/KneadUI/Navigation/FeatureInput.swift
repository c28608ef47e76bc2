import KneadCore

/// What reaches a feature: a key, the passing of time, a suspension, or how a box over it closed.
enum FeatureInput: Hashable, Sendable {
    /// A key was pressed at an instant of the monotonic clock (already read as on a Latin keyboard).
    case key(Key, at: Instant)
    /// Time passed.
    case tick(at: Instant)
    /// The program is being suspended (Ctrl-Z).
    case suspended(at: Instant)
    /// The box over the feature closed with an answer for it.
    case boxAnswered(BoxAnswer, at: Instant)

    /// The instant of the input.
    var instant: Instant {
        switch self {
        case .key(_, let instant), .tick(let instant), .suspended(let instant), .boxAnswered(_, let instant): instant
        }
    }
}
