/// Writes a number of steps the way a sentence needs it: "1 step", "15 steps".
public enum StepCount {
    /// `count` followed by "step" or "steps".
    public static func text(_ count: Int) -> String {
        count == 1 ? "1 step" : "\(count) steps"
    }
}
