import Testing
@testable import KneadCore
@testable import knead

/// Every phrase of knead, the screens' and the command line's, has its text in every language
/// with the English one's places for arguments, every counted phrase has each plural form its
/// language needs, and the Russian is Russian.
@Suite struct WordingCatalogueTests {
    private let english = WordingCatalogueTests.phrases(in: .english)
    private let russian = WordingCatalogueTests.phrases(in: .russian)

    /// Latin words a Russian phrase may keep: the program's name and the keys it names.
    private static let latinAllowed: Set<String> = ["knead", "y", "n", "p", "Space", "Enter", "Esc", "Tab", "q", "s"]

    @Test func everyPhraseHasTextInEveryLanguage() {
        for language in DisplayLanguage.allCases {
            for (key, text) in Self.phrases(in: language).phrases {
                #expect(text.contains { !$0.isWhitespace }, "\(key): no \(language) text")
            }
        }
    }

    @Test func everyCountedPhraseHasTheFormsItsLanguageNeeds() {
        for language in DisplayLanguage.allCases {
            let needed = Set((0...1_000).map { PluralRule.category(for: $0, in: language) })
            for (key, forms) in Self.phrases(in: language).counted {
                for category in needed {
                    #expect(forms.forms[category]?.contains { !$0.isWhitespace } == true, "\(key): no \(language) form for \(category)")
                }
            }
        }
    }

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
        for language in DisplayLanguage.allCases where language != .english {
            let other = Self.phrases(in: language).phrases
            for (key, text) in english.phrases {
                let places = Self.places(in: text), otherPlaces = Self.places(in: other[key] ?? "")
                #expect(places == otherPlaces, "\(key): \(places.sorted()) in English, \(otherPlaces.sorted()) in \(language)")
            }
        }
    }

    @Test func thePlaceFinderSeesEveryNumberedPlace() {
        #expect(Self.places(in: "step {1} of {2} · {3} left") == ["{1}", "{2}", "{3}"])
        #expect(Self.places(in: "шаг {1} из") != Self.places(in: "step {1} of {2}"))
        #expect(Self.places(in: "{12}{n} {x} {} {3") == ["{12}"])
        #expect(Self.places(in: "no places") == [])
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

    /// Every phrase of `language`, the screens' and the command line's, and every counted
    /// phrase, by their dotted keys.
    private static func phrases(in language: DisplayLanguage) -> (phrases: [String: String], counted: [String: PluralForms]) {
        let words = Wording(language: language)
        let phrases = Phrase.allCases.map { ($0.rawValue, words[$0]) } + CommandLinePhrase.allCases.map { ($0.rawValue, words[$0]) }
        return (
            Dictionary(uniqueKeysWithValues: phrases),
            Dictionary(uniqueKeysWithValues: CountedPhrase.allCases.map { ($0.rawValue, language.catalogue.forms(for: $0)) })
        )
    }

    /// The numbered places for arguments in `text`: `{1}`, `{2}`…
    private static func places(in text: String) -> Set<String> {
        var places: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, after.dropFirst(digits.count).first == "}" { places.insert("{\(digits)}") }
            rest = after
        }
        return places
    }

    private static func hasLetters(_ text: String) -> Bool { text.contains { $0.isLetter } }
}
