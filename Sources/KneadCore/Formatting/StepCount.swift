/// Writes a number of steps the way a sentence needs it: "1 step", "15 steps"; «21 шаг», «5 шагов».
public enum StepCount {
    /// `count` followed by "step" or "steps" in the plural form `words`' language asks for.
    public static func text(_ count: Int, in words: Wording) -> String {
        words.count(.steps, count)
    }
}
