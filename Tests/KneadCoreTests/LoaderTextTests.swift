import Testing
@testable import KneadCore

/// Texts: a plain string, or an object of language codes to strings.
struct LoaderTextTests {
    @Test func textObjectResolvesByLanguage() throws {
        let title = #"{"en": "Neck", "ru": "Шея", "pt-BR": "Pescoço"}"#
        let routine = try #require(expectRoutine(routineScript([("title", title)])))
        #expect(routine.title.translations == ["en": "Neck", "ru": "Шея", "pt_BR": "Pescoço"])
        #expect(routine.title.resolved(for: "ru") == "Шея")
        #expect(routine.title.resolved(for: "ru_RU") == "Шея")
        #expect(routine.title.resolved(for: "pt_BR") == "Pescoço")
        #expect(routine.title.resolved(for: "de") == "Neck")
    }

    @Test func textWithoutEnglishFallsBackToTheFirstCode() throws {
        let routine = try #require(expectRoutine(routineScript([("title", #"{"ru": "Шея", "de": "Hals"}"#)])))
        #expect(routine.title.english == "Hals")
        #expect(routine.title.resolved(for: "ru") == "Шея")
    }

    @Test func plainStringIsEnglish() throws {
        let routine = try #require(expectRoutine(routineScript([("title", #""Collar zone""#)])))
        #expect(routine.title.translations == ["en": "Collar zone"])
    }

    @Test func textOfAnotherTypeIsReported() {
        expectProblems(routineScript([("title", "42")]), [
            "t.json:3:12: error: title: expected a text (a string, or an object of language codes to strings), found 42",
        ])
        expectProblems(routineScript([("title", #""""#)]), [
            #"t.json:3:12: error: title: expected a non-empty text, found """#,
        ])
    }

    @Test func aTextOfNothingButWhiteSpaceIsLikeAnEmptyOne() {
        expectProblems(routineScript([("title", #""   ""#)]), [
            #"t.json:3:12: error: title: expected a non-empty text, found "   ""#,
        ])
        expectProblems(routineScript([("title", #""\t\n \u00a0""#)]), [
            #"t.json:3:12: error: title: expected a non-empty text, found "\t\n \#u{00A0}""#,
        ])
        expectProblems(routineScript([("title", #"{"en": "Neck", "ru": "  "}"#)]), [
            #"t.json:3:33: error: title.ru: expected a non-empty string, found "  ""#,
        ])
        expectProblems(stageScript([("instructions", #"" ""#)]), [
            #"t.json:10:23: error: stages[0].instructions: expected a non-empty text, found " ""#,
        ])
    }

    @Test func languageCodesAreChecked() {
        expectProblems(routineScript([("title", #"{"English": "Neck", "pt_br": "Pescoço"}"#)]), [
            #"t.json:3:13: error: title: expected a language code such as "en", "ru" or "pt_BR", found "English""#,
            #"t.json:3:32: error: title: expected a language code such as "en", "ru" or "pt_BR", found "pt_br""#,
        ])
    }

    @Test func translationsMustBeNonEmptyStrings() {
        expectProblems(routineScript([("title", #"{"ru": "Шея", "en": 5, "de": ""}"#)]), [
            "t.json:3:32: error: title.en: expected a string, found 5",
            #"t.json:3:41: error: title.de: expected a non-empty string, found """#,
        ])
    }

    @Test func theSameLanguageTwiceIsADuplicate() {
        expectProblems(routineScript([("title", #"{"pt_BR": "a", "pt-BR": "b"}"#)]), [
            #"t.json:3:27: error: title: duplicate key "pt-BR""#,
        ])
    }
}
