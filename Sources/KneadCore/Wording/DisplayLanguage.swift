/// The languages knead's own words are written in, each named by its two-letter code; English
/// for a locale knead has no catalogue for.
public enum DisplayLanguage: String, CaseIterable, Hashable, Sendable {
    case english = "en"
    case russian = "ru"

    /// The language for a locale or settings code such as `ru_RU`, `ru-UA` or `ru`; English for
    /// any other code and for none.
    public init(code: String?) {
        self = code.flatMap { DisplayLanguage(rawValue: LanguageCode.base(of: $0)) } ?? .english
    }

    /// The language's two-letter code, as voices and routine texts name it.
    public var code: String { rawValue }

    /// The catalogue of knead's own words in this language.
    var catalogue: any PhraseCatalogue.Type {
        switch self {
        case .english: EnglishCatalogue.self
        case .russian: RussianCatalogue.self
        }
    }
}
