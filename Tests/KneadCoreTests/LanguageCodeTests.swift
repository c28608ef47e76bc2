import Testing
@testable import KneadCore

/// The one reading of a code's base language, shared by texts, screens and voices.
struct LanguageCodeTests {
    @Test func theBaseLanguageDropsRegionAndEncoding() {
        #expect(LanguageCode.base(of: "pt_BR") == "pt")
        #expect(LanguageCode.base(of: "ru-UA") == "ru")
        #expect(LanguageCode.base(of: "RU_ru.UTF-8") == "ru")
        #expect(LanguageCode.base(of: "fil") == "fil")
        #expect(LanguageCode.base(of: "") == "")
    }

    @Test func textsScreensAndVoicesReadTheSameBase() {
        let text = LocalizedText(translations: ["en": "Neck", "ru": "Шея"])
        #expect(text.resolved(for: "ru_RU.UTF-8") == "Шея")
        #expect(DisplayLanguage(code: "ru_RU.UTF-8") == .russian)
        #expect(DisplayLanguage(code: "pt_BR") == .english)
    }
}
