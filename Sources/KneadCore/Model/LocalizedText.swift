/// A text given in one or more languages, resolved to the user's language when shown.
///
/// A script writes a text either as a plain string (taken as English) or as an object that
/// maps language codes to strings, such as `{"en": "Stroking", "ru": "Поглаживание"}`.
public struct LocalizedText: Hashable, Sendable {
    /// The strings by language code (`en`, `ru`, `pt_BR`…).
    public let translations: [String: String]

    /// Creates a text that has only an English version.
    public init(_ english: String) {
        self.translations = ["en": english]
    }

    /// Creates a text from its translations; at least one is expected.
    public init(translations: [String: String]) {
        self.translations = translations
    }

    /// The English version, or the first translation by code when there is no English one.
    public var english: String { resolved(for: nil) }

    /// The version for `language`: an exact match, then its base language (`pt` for `pt_BR`),
    /// then English, then the first translation by code.
    public func resolved(for language: String?) -> String {
        resolvedLanguage(for: language).flatMap { translations[$0] } ?? ""
    }

    /// The code of the translation `resolved(for:)` picks for `language` (`ru`, `pt_BR`…);
    /// nil only for a text without translations.
    public func resolvedLanguage(for language: String?) -> String? {
        if let language {
            if translations[language] != nil { return language }
            let base = LanguageCode.base(of: language)
            if translations[base] != nil { return base }
        }
        if translations["en"] != nil { return "en" }
        return translations.keys.sorted().first
    }
}

/// A string literal is an English-only text, as a plain string is in a script.
extension LocalizedText: ExpressibleByStringLiteral {
    public init(stringLiteral english: String) {
        self.init(english)
    }
}
