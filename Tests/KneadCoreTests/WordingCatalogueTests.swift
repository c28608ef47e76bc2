import Testing
@testable import KneadCore

/// Every phrase of knead exists in Russian, and the Russian is Russian.
@Suite struct WordingCatalogueTests {
    private let english = WordingCatalogueTests.phrases(of: EnglishCatalogue.self)
    private let russian = WordingCatalogueTests.phrases(of: RussianCatalogue.self)

    /// Latin words a Russian phrase may keep: the program's name and the keys it names.
    private static let latinAllowed: Set<String> = ["knead", "y", "n", "p", "Space", "Enter", "Esc", "Tab", "q", "s"]

    @Test func russianPhrasesAreWrittenInCyrillic() {
        for (key, text) in russian.phrases {
            #expect(Self.isRussian(text), "\(key): «\(text)» does not read as Russian")
            #expect(text != english.phrases[key] || !Self.hasLetters(text), "\(key): the same as the English")
        }
        for (key, forms) in russian.counted {
            #expect(Set(forms.forms.keys) == [.one, .few, .many], "\(key): Russian needs one, few and many")
            for (category, text) in forms.forms {
                #expect(Self.isRussian(text), "\(key).\(category): «\(text)» does not read as Russian")
                #expect(text.contains("{n}"), "\(key).\(category): no place for the number")
            }
        }
    }

    @Test func placesForArgumentsMatchTheEnglish() {
        for (key, text) in english.phrases {
            let russianText = russian.phrases[key] ?? ""
            for place in 1...4 where text.contains("{\(place)}") != russianText.contains("{\(place)}") {
                Issue.record("\(key): {\(place)} in one language only")
            }
        }
    }

    @Test func theDetectorTellsEnglishFromRussian() {
        #expect(!Self.isRussian("Session complete"))
        #expect(!Self.isRussian("step {1} of {2}"))
        #expect(Self.isRussian("шаг {1} из {2}"))
        #expect(Self.isRussian("ПАУЗА · Space или p: продолжить"))
        #expect(!Self.isRussian("Пауза or resume the session"))
        #expect(Self.isRussian("нет (не заданы ни XDG_CONFIG_HOME, ни HOME)"))
        #expect(!Self.isRussian("no sessions folder: set HOME or XDG_CONFIG_HOME"))
        #expect(Self.isRussian("№"))
    }

    /// Whether `text` has Cyrillic letters, and Latin letters (outside the allowed words) fewer
    /// than half as many.
    /// Names a Russian phrase keeps as they are: environment variables (`XDG_CONFIG_HOME`),
    /// options (`--since`) and commands in backticks are not English words.
    static func isRussian(_ text: String) -> Bool {
        let outsideBackticks = text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let kept = outsideBackticks.joined(separator: " ").split(separator: " ").filter { !$0.hasPrefix("--") }.joined(separator: " ")
        let words = kept.split { !$0.isLetter && $0 != "_" }.map(String.init)
            .filter { word in !(word.allSatisfy { $0.isASCII && ($0.isUppercase || $0 == "_") } && word.count > 1) }
        guard words.contains(where: { $0.contains { $0.isLetter } }) else { return true }
        let cyrillic = words.joined().unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count
        let latin = words.filter { !latinAllowed.contains($0) }.joined().unicodeScalars.filter { $0.isASCII }.count
        return cyrillic > 0 && latin * 2 < cyrillic
    }

    /// A catalogue's phrases and counted phrases by their dotted keys.
    private static func phrases(of catalogue: any PhraseCatalogue.Type) -> (phrases: [String: String], counted: [String: PluralForms]) {
        (
            Dictionary(uniqueKeysWithValues: Phrase.allCases.map { ($0.rawValue, catalogue.text(for: $0)) }),
            Dictionary(uniqueKeysWithValues: CountedPhrase.allCases.map { ($0.rawValue, catalogue.forms(for: $0)) })
        )
    }

    private static func hasLetters(_ text: String) -> Bool { text.contains { $0.isLetter } }
}
