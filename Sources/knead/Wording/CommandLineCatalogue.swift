/// The words only the command line prints, in one language.
///
/// A catalogue answers for every `CommandLinePhrase` with an exhaustive switch, so a phrase that
/// one language lacks is a compile error. A phrase may hold numbered places for its arguments
/// (`{1}`, `{2}`).
protocol CommandLineCatalogue {
    /// The text of `phrase`.
    static func text(for phrase: CommandLinePhrase) -> String
}
