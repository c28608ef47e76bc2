/// One entry of a timeline: a stage on one side, or the get-ready pause before a change of side.
public struct Step: Hashable, Sendable {
    /// What a step asks the person to do.
    public enum Kind: Hashable, Sendable {
        /// Do the stage's move.
        case move
        /// Get ready: the next step works the other side.
        case transition
    }

    /// Whether this is a move or a get-ready pause.
    public var kind: Kind
    /// The stage this step belongs to; for a transition, the stage about to continue.
    public var stage: Stage
    /// The position of `stage` in the routine.
    public var stageIndex: Int
    /// The side worked, or for a transition the side about to be worked.
    public var side: Side?
    /// How long the step lasts as planned.
    public var duration: Duration

    public init(kind: Kind, stage: Stage, stageIndex: Int, side: Side?, duration: Duration) {
        self.kind = kind
        self.stage = stage
        self.stageIndex = stageIndex
        self.side = side
        self.duration = duration
    }

    /// Whether this is a get-ready pause.
    public var isTransition: Bool { kind == .transition }
}
