import Testing
@testable import KneadCore

/// Counted words take the CLDR plural forms: 1 шаг, 2 шага, 5 шагов, 11 шагов, 21 шаг.
@Suite struct PluralRuleTests {
    /// The Russian form of 0–30 and 100–125, written out by hand from the CLDR rule
    /// (one: …1 but not …11; few: …2–4 but not …12–14; many: the rest).
    private static let russianForms: [Int: PluralCategory] = {
        var forms: [Int: PluralCategory] = [:]
        let one: PluralCategory = .one, few: PluralCategory = .few, many: PluralCategory = .many
        let zeroToThirty: [PluralCategory] = [
            many, one, few, few, few, many, many, many, many, many,  // 0–9
            many, many, many, many, many, many, many, many, many, many,  // 10–19
            many, one, few, few, few, many, many, many, many, many,  // 20–29
            many,  // 30
        ]
        for (number, form) in zeroToThirty.enumerated() { forms[number] = form }
        let hundredToTwentyFive: [PluralCategory] = [
            many, one, few, few, few, many, many, many, many, many,  // 100–109
            many, many, many, many, many, many, many, many, many, many,  // 110–119
            many, one, few, few, few, many,  // 120–125
        ]
        for (offset, form) in hundredToTwentyFive.enumerated() { forms[100 + offset] = form }
        return forms
    }()

    @Test func russianCategoriesFollowCLDR() {
        for (number, form) in Self.russianForms {
            #expect(PluralRule.category(for: number, in: .russian) == form, "\(number)")
        }
    }

    @Test func englishHasOneAndOther() {
        #expect(PluralRule.category(for: 1, in: .english) == .one)
        for number in [0, 2, 11, 21, 100, 101] {
            #expect(PluralRule.category(for: number, in: .english) == .other, "\(number)")
        }
    }

    @Test func russianWords() {
        let words = Wording(language: .russian)
        let expected = [
            (1, "1 шаг"), (2, "2 шага"), (4, "4 шага"), (5, "5 шагов"), (11, "11 шагов"), (12, "12 шагов"),
            (14, "14 шагов"), (21, "21 шаг"), (22, "22 шага"), (25, "25 шагов"), (0, "0 шагов"),
            (101, "101 шаг"), (111, "111 шагов"), (112, "112 шагов"), (122, "122 шага"),
        ]
        for (count, text) in expected { #expect(words.count(.steps, count) == text) }
        #expect(words.count(.minutes, 1) == "1 минута")
        #expect(words.count(.minutes, 3) == "3 минуты")
        #expect(words.count(.minutes, 15) == "15 минут")
        #expect(words.count(.seconds, 21) == "21 секунда")
        #expect(words.count(.seconds, 30) == "30 секунд")
        #expect(words.count(.sessions, 2) == "2 сеанса")
        #expect(words.count(.sessions, 12) == "12 сеансов")
    }

    @Test func everyRussianCountedPhraseTakesItsFormFrom0To30And100To125() {
        let words = Wording(language: .russian)
        for key in CountedPhrase.allCases {
            let forms = RussianCatalogue.forms(for: key)
            for (number, category) in Self.russianForms {
                let expected = (forms.forms[category] ?? "").replacing("{n}", with: String(number))
                #expect(words.count(key, number) == expected, "\(key) \(number)")
            }
        }
    }

    @Test func englishWords() {
        #expect(Wording.english.count(.steps, 1) == "1 step")
        #expect(Wording.english.count(.steps, 21) == "21 steps")
        #expect(Wording.english.count(.minutes, 0) == "0 minutes")
    }
}
