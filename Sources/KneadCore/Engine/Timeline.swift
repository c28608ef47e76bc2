/// A routine laid out as the steps a session walks through, sides expanded.
///
/// A stage with `sides` gives one step per side; a get-ready transition step stands before
/// each further side, unless the routine's `transition` is zero. An adaptation puts the sore
/// side last and, in gentle mode, keeps only the stroking and rest stages.
public struct Timeline: Hashable, Sendable {
    /// The routine the steps come from.
    public let routine: Routine
    /// Whether the session runs in gentle mode: stroking and rest only, very lightly.
    public let isGentle: Bool
    /// The steps in order; never empty for a loaded routine, though gentle mode may leave none.
    public let steps: [Step]

    public init(routine: Routine, adaptation: TimelineAdaptation = .asWritten) {
        self.routine = routine
        self.isGentle = adaptation.gentle
        var steps: [Step] = []
        for (stageIndex, stage) in routine.stages.enumerated() {
            if adaptation.gentle && !stage.technique.staysInGentleMode { continue }
            guard !stage.sides.isEmpty else {
                steps.append(Step(kind: .move, stage: stage, stageIndex: stageIndex, side: nil, duration: stage.duration))
                continue
            }
            for (sideNumber, side) in adaptation.order(stage.sides).enumerated() {
                if sideNumber > 0 && routine.transition > .zero {
                    steps.append(Step(kind: .transition, stage: stage, stageIndex: stageIndex, side: side, duration: routine.transition))
                }
                steps.append(Step(kind: .move, stage: stage, stageIndex: stageIndex, side: side, duration: stage.duration))
            }
        }
        self.steps = steps
    }

    /// The planned length of the whole session.
    public var totalDuration: Duration {
        steps.reduce(.zero) { $0 + $1.duration }
    }

    /// The planned length of the steps after `index`.
    public func durationAfter(step index: Int) -> Duration {
        steps[(index + 1)...].reduce(.zero) { $0 + $1.duration }
    }

    /// The planned length of the steps before `index`.
    public func durationBefore(step index: Int) -> Duration {
        steps[..<index].reduce(.zero) { $0 + $1.duration }
    }
}
