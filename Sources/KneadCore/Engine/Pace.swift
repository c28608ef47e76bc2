/// The rhythm of a step whose stage gives `reps` or a `cadence`: how many movements, and how
/// long each one lasts.
///
/// With a cadence (beats per minute) a movement begins on every beat, as many as begin in the
/// step's length (at most `reps`, when given too); with only `reps`, the step's length is
/// shared between them.
public struct Pace: Hashable, Sendable {
    /// The time from one movement's start to the next's.
    public let interval: Duration
    /// How many movements the step holds.
    public let strokes: Int

    /// The pace of a move of `stage` lasting `duration`; nil when the stage has no rhythm.
    public init?(stage: Stage, duration: Duration) {
        guard duration > .zero else { return nil }
        if let cadence = stage.cadence, cadence > 0 {
            let interval = Duration.nanoseconds(Int64((60e9 / cadence).rounded()))
            let fitting = max(1, Int(duration / interval))
            self.interval = interval
            self.strokes = min(stage.reps ?? fitting, fitting)
        } else if let reps = stage.reps, reps > 0 {
            self.interval = duration / reps
            self.strokes = reps
        } else {
            return nil
        }
    }

    /// The movement under way `elapsed` into the step, counting from 1, never past the last.
    public func stroke(after elapsed: Duration) -> Int {
        guard elapsed > .zero else { return 1 }
        return min(strokes, Int(elapsed / interval) + 1)
    }

    /// When movement `stroke` (from 1) begins, counted from the step's start.
    public func start(ofStroke stroke: Int) -> Duration {
        interval * (stroke - 1)
    }
}
