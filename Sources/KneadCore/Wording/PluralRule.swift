/// Which plural form a whole number takes in a language, by the CLDR cardinal rules.
public enum PluralRule {
    /// The form `count` takes in `language`.
    ///
    /// English: one for 1, other otherwise. Russian: one for 1, 21, 31… (but not 11), few for
    /// 2–4, 22–24… (but not 12–14), many for the rest of the whole numbers (0, 5–20, 25–30…).
    public static func category(for count: Int, in language: DisplayLanguage) -> PluralCategory {
        let value = count.magnitude
        switch language {
        case .english:
            return value == 1 ? .one : .other
        case .russian:
            let lastDigit = value % 10, lastTwo = value % 100
            if lastDigit == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
            return .many
        }
    }
}
