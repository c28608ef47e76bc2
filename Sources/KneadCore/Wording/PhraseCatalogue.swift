/// Every word knead shows, prints or says besides a routine's own texts, in one language.
///
/// A phrase is found by its key (`session.next`) and may hold numbered places for its
/// arguments (`{1}`, `{2}`); a counted phrase has a form for each plural category. Adding a
/// phrase is one line in each language's catalogue; a test fails when a language lacks one.
public struct PhraseCatalogue: Sendable {
    /// The language the phrases are written in.
    public let language: DisplayLanguage
    /// The phrases by key.
    public let phrases: [String: String]
    /// The counted phrases by key.
    public let counted: [String: PluralForms]

    public init(language: DisplayLanguage, phrases: [String: String], counted: [String: PluralForms]) {
        self.language = language
        self.phrases = phrases
        self.counted = counted
    }

    /// The catalogue of `language`.
    public static func of(_ language: DisplayLanguage) -> PhraseCatalogue {
        switch language {
        case .english: EnglishCatalogue.catalogue
        case .russian: RussianCatalogue.catalogue
        }
    }
}
