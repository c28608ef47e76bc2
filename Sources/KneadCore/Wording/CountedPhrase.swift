/// A phrase said with a number, in the plural form the number takes in the language:
/// `1 step`, `5 steps`; `1 шаг`, `2 шага`, `5 шагов`. Every catalogue has its forms, or knead
/// does not compile. The raw value is the key logs and docs use (`steps`).
public enum CountedPhrase: String, CaseIterable, Sendable {
    case steps, minutes, seconds, sessions, courses, days, times, timesDone
}
