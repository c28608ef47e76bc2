/// The forms of a counted phrase, one per plural category the language uses; `{n}` stands
/// for the number: `{n} шаг`, `{n} шага`, `{n} шагов`.
public struct PluralForms: Hashable, Sendable {
    /// The form for each category; a category left out takes `other`'s, then `many`'s.
    public let forms: [PluralCategory: String]

    /// English forms: one and other.
    public init(one: String, other: String) {
        forms = [.one: one, .other: other]
    }

    /// Russian forms: one, few and many (`other` is for fractions, which knead never counts).
    public init(one: String, few: String, many: String) {
        forms = [.one: one, .few: few, .many: many]
    }

    /// The form for `category`, with `count` in place of `{n}`.
    public func text(for category: PluralCategory, count: Int) -> String {
        let form = forms[category] ?? forms[.other] ?? forms[.many] ?? ""
        return form.replacing("{n}", with: String(count))
    }
}
