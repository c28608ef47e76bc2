/// Every word knead shows, prints or says besides a routine's own texts, in one language.
///
/// A catalogue answers for every `Phrase` and every `CountedPhrase` with an exhaustive switch,
/// so a phrase that one language lacks is a compile error, never a key or English on screen.
/// A phrase may hold numbered places for its arguments (`{1}`, `{2}`); a counted phrase has a
/// form for each plural category the language uses.
protocol PhraseCatalogue {
    /// The text of `phrase`.
    static func text(for phrase: Phrase) -> String

    /// The plural forms of `phrase`.
    static func forms(for phrase: CountedPhrase) -> PluralForms
}
