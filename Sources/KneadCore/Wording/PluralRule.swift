/// Which plural form a whole number takes, by the CLDR cardinal rules; each language's catalogue
/// names the rule it follows.
public enum PluralRule {
    /// The form `count` takes in `language`, by the rule its catalogue names.
    public static func category(for count: Int, in language: DisplayLanguage) -> PluralCategory {
        language.catalogue.pluralCategory(for: count)
    }

    /// One for 1, other otherwise: English, and German, Dutch, Italian or Swedish too.
    public static func oneOrOther(_ count: Int) -> PluralCategory {
        count.magnitude == 1 ? .one : .other
    }

    /// Russian's, and Ukrainian's and Belarusian's: one for 1, 21, 31… (but not 11), few for
    /// 2–4, 22–24… (but not 12–14), many for the rest of the whole numbers (0, 5–20, 25–30…).
    public static func oneFewMany(_ count: Int) -> PluralCategory {
        let value = count.magnitude
        let lastDigit = value % 10, lastTwo = value % 100
        if lastDigit == 1 && lastTwo != 11 { return .one }
        if (2...4).contains(lastDigit) && !(12...14).contains(lastTwo) { return .few }
        return .many
    }
}
