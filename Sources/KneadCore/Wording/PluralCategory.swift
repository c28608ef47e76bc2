/// The grammatical forms a counted word takes, as the CLDR plural rules name them.
public enum PluralCategory: String, CaseIterable, Hashable, Sendable {
    case one, few, many, other
}
