/// Every word knead shows, prints or says besides a routine's own texts, in one language, and
/// the plural rule its counted phrases follow.
///
/// A catalogue answers for every `Phrase` and every `CountedPhrase` with an exhaustive switch,
/// so a phrase that one language lacks is a compile error, never a key or English on screen.
/// A phrase may hold numbered places for its arguments (`{1}`, `{2}`); a counted phrase has a
/// form for each plural category the language uses. Adding a language is one catalogue: see
/// "Adding a language" in `docs/architecture.md`.
protocol PhraseCatalogue {
    /// The plural category `count` takes in the language, usually one of `PluralRule`'s rules.
    static func pluralCategory(for count: Int) -> PluralCategory

    /// The text of `phrase`.
    static func text(for phrase: Phrase) -> String

    /// The plural forms of `phrase`.
    static func forms(for phrase: CountedPhrase) -> PluralForms
}
