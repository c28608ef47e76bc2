import Testing
@testable import KneadCore

/// The top-level keys of a routine: format, id, title, the optional keys, safety, course, stages.
struct LoaderRoutineTests {
    @Test func minimalRoutineLoadsWithDefaults() throws {
        let routine = try #require(expectRoutine(routineScript(), file: "Sessions/collar.json"))
        #expect(routine.id == "collar")
        #expect(routine.title == LocalizedText("Test"))
        #expect(routine.summary == nil)
        #expect(routine.zone == nil)
        #expect(routine.transition == .seconds(5))
        #expect(routine.safety.isEmpty)
        #expect(routine.course == nil)
        #expect(routine.stages == [
            Stage(name: LocalizedText("N"), technique: .rubbing, area: "neck", duration: .seconds(30),
                  instructions: LocalizedText("I")),
        ])
    }

    @Test func optionalKeysAreRead() throws {
        let script = routineScript([
            ("id", #""neck-2""#), ("summary", #""For the neck.""#), ("zone", #""collar zone""#),
            ("position", #""sitting""#), ("transition", #""3s""#), ("source", #""A textbook""#),
            ("course", #"{"maxSessions": 10, "restDays": 0, "note": "Daily"}"#),
        ])
        let routine = try #require(expectRoutine(script))
        #expect(routine.id == "neck-2")
        #expect(routine.summary == LocalizedText("For the neck."))
        #expect(routine.zone == "collar zone")
        #expect(routine.position == "sitting")
        #expect(routine.transition == .seconds(3))
        #expect(routine.source == LocalizedText("A textbook"))
        #expect(routine.course == Course(maxSessions: 10, restDays: 0, note: LocalizedText("Daily")))
    }

    @Test func zoneAndPositionMayBeLanguageMaps() throws {
        let script = routineScript([
            ("zone", #"{"en": "collar zone", "ru": "воротниковая зона"}"#),
            ("position", #"{"en": "sitting", "ru": "сидя"}"#),
        ])
        let routine = try #require(expectRoutine(script))
        #expect(routine.zone == LocalizedText(translations: ["en": "collar zone", "ru": "воротниковая зона"]))
        #expect(routine.zone?.resolved(for: "ru_RU") == "воротниковая зона")
        #expect(routine.position?.resolved(for: "ru") == "сидя")
        #expect(routine.position?.resolved(for: nil) == "sitting")
    }

    @Test func zoneAndPositionMapsAreCheckedLikeEveryText() {
        expectProblems(routineScript([("zone", #"{"en": "neck", "russian": "шея"}"#), ("position", #"{"ru": 3}"#)]), [
            #"t.json:5:26: error: zone: expected a language code such as "en", "ru" or "pt_BR", found "russian""#,
            "t.json:6:22: error: position.ru: expected a string, found 3",
        ])
    }

    @Test func anEmptyZoneOrPositionMapIsNoText() throws {
        let routine = try #require(expectRoutine(routineScript([("zone", "{}"), ("position", "{}")])))
        #expect(routine.zone == nil)
        #expect(routine.position == nil)
    }

    @Test func rootMustBeAnObject() {
        expectProblems("[1]", ["t.json:1:1: error: routine: expected an object, found [1]"])
        expectProblems("\"routine\"", ["t.json:1:1: error: routine: expected an object, found \"routine\""])
    }

    @Test func missingRequiredKeysPointAtTheRootBrace() {
        expectProblems(#"{"format": 1}"#, [
            #"t.json:1:1: error: routine: missing required key "title""#,
            #"t.json:1:1: error: routine: missing required key "stages""#,
        ])
        expectProblems(routineScript([("format", nil)]), [
            #"t.json:1:1: error: routine: missing required key "format""#,
        ])
    }

    @Test func formatMustBeTheIntegerOne() {
        expectProblems(routineScript([("format", #""1""#)]), [
            #"t.json:2:13: error: format: expected the integer 1, found "1""#,
        ])
        expectProblems(routineScript([("format", "1.0")]), [
            "t.json:2:13: error: format: expected the integer 1, found 1.0",
        ])
    }

    @Test func anotherFormatVersionIsReportedAlone() {
        expectProblems(routineScript([("format", "2"), ("stages", nil), ("wholeNewKey", "true")]), [
            "t.json:2:13: error: format: expected 1, found 2",
        ])
    }

    @Test func idMustBeLowercaseLettersDigitsAndDashes() {
        expectProblems(routineScript([("id", #""Collar Zone""#)]), [
            #"t.json:5:9: error: id: expected lowercase letters, digits and "-", found "Collar Zone""#,
        ])
        expectProblems(routineScript([("id", "7")]), [
            #"t.json:5:9: error: id: expected lowercase letters, digits and "-", found 7"#,
        ])
    }

    @Test(arguments: [
        ("collar.json", "collar"), ("Sessions/neck-2.json", "neck-2"), ("My Routine.JSON", "my-routine"),
        ("/home/me/.config/knead/sessions/back_v2.json", "back-v2"), ("plain", "plain"), (".json", "routine"),
    ])
    func defaultIDComesFromTheFileName(fileName: String, id: String) throws {
        let routine = try #require(expectRoutine(routineScript(), file: fileName))
        #expect(routine.id == id)
    }

    @Test func unknownKeysSuggestTheNearestKey() {
        expectProblems(routineScript([("titel", #""x""#)]), [
            #"t.json:5:3: error: routine: unknown key "titel"; did you mean "title"?"#,
        ])
        expectProblems(routineScript([("bogus", "1")]), [
            #"t.json:5:3: error: routine: unknown key "bogus"; expected one of: format, id, title, summary, "#
                + "zone, position, transition, safety, course, source, stages",
        ])
    }

    @Test func duplicateKeysAreReported() {
        let script = """
        {
          "format": 1,
          "title": "Test",
          "stages": [\(oneLineStage)],
          "title": "Again"
        }
        """
        expectProblems(script, [#"t.json:5:3: error: routine: duplicate key "title""#])
    }

    @Test func stagesMustBeANonEmptyArray() {
        expectProblems(routineScript([("stages", "[]")]), [
            "t.json:4:13: error: stages: expected at least one stage, found an empty array",
        ])
        expectProblems(routineScript([("stages", oneLineStage)]), [
            "t.json:4:13: error: stages: expected an array of stages, found an object",
        ])
        expectProblems(routineScript([("stages", "[42]")]), [
            "t.json:4:14: error: stages[0]: expected an object, found 42",
        ])
    }

    @Test func transitionMayBeZeroButNotNegative() throws {
        let routine = try #require(expectRoutine(routineScript([("transition", "0")])))
        #expect(routine.transition == .zero)
        expectProblems(routineScript([("transition", "-1")]), [
            "t.json:5:17: error: transition: expected a duration from 0 to 12 hours, found -1",
        ])
        expectProblems(routineScript([("transition", "true")]), [
            #"t.json:5:17: error: transition: expected a duration (seconds as a number, or a string like "45s", "2m", "1m30s", "1:30"), found true"#,
        ])
    }

    @Test func optionalStringsAndTextsHaveTypes() throws {
        expectProblems(routineScript([("zone", "42"), ("summary", "[]")]), [
            "t.json:5:11: error: zone: expected a text (a string, or an object of language codes to strings), found 42",
            "t.json:6:14: error: summary: expected a text (a string, or an object of language codes to strings), found an empty array",
        ])
        let routine = try #require(expectRoutine(routineScript([("zone", #""""#), ("summary", #""""#)])))
        #expect(routine.zone == nil)
        #expect(routine.summary == nil)
    }

    @Test func safetyListsAreRead() throws {
        let script = routineScript([
            ("safety", #"{"contraindications": ["Fever"], "stopIf": ["Pain", {"en": "Dizziness", "ru": "Головокружение"}], "notes": []}"#),
        ])
        let safety = try #require(expectRoutine(script)).safety
        #expect(safety.contraindications == [LocalizedText("Fever")])
        #expect(safety.stopIf == [
            LocalizedText("Pain"), LocalizedText(translations: ["en": "Dizziness", "ru": "Головокружение"]),
        ])
        #expect(safety.notes.isEmpty)
    }

    @Test func theFlareRuleIsGentleUnlessTheScriptSaysAvoid() throws {
        #expect(try #require(expectRoutine(routineScript())).safety.inFlare == .gentle)
        let avoid = try #require(expectRoutine(routineScript([("safety", #"{"inFlare": "avoid"}"#)])))
        #expect(avoid.safety.inFlare == .avoid)
        let gentle = try #require(expectRoutine(routineScript([("safety", #"{"inFlare": "gentle"}"#)])))
        #expect(gentle.safety.inFlare == .gentle)
    }

    @Test func aBadFlareRuleIsReportedWithASuggestion() {
        expectProblems(routineScript([("safety", #"{"inFlare": "aviod"}"#)]), [
            #"t.json:5:25: error: safety.inFlare: unknown flare rule "aviod"; did you mean "avoid"?"#,
        ])
        expectProblems(routineScript([("safety", #"{"inFlare": true}"#)]), [
            #"t.json:5:25: error: safety.inFlare: expected "gentle" or "avoid", found true"#,
        ])
    }

    @Test func safetyProblemsAreAllReportedInOrder() {
        expectProblems(routineScript([("safety", #"{"stopIf": [42, ""], "notez": []}"#)]), [
            "t.json:5:25: error: safety.stopIf[0]: expected a text (a string, or an object of language codes to strings), found 42",
            #"t.json:5:29: error: safety.stopIf[1]: expected a non-empty text, found """#,
            #"t.json:5:34: error: safety: unknown key "notez"; did you mean "notes"?"#,
        ])
        expectProblems(routineScript([("safety", #"{"notes": "Drink water"}"#)]), [
            #"t.json:5:23: error: safety.notes: expected an array of texts, found "Drink water""#,
        ])
        expectProblems(routineScript([("safety", "[]")]), [
            "t.json:5:13: error: safety: expected an object, found an empty array",
        ])
    }

    @Test func courseNumbersAreWholeAndInRange() {
        expectProblems(routineScript([("course", #"{"maxSessions": 0, "restDays": -1}"#)]), [
            "t.json:5:29: error: course.maxSessions: expected a whole number of at least 1, found 0",
            "t.json:5:44: error: course.restDays: expected a whole number of at least 0, found -1",
        ])
        expectProblems(routineScript([("course", #"{"maxSessions": 10.5}"#)]), [
            "t.json:5:29: error: course.maxSessions: expected a whole number of at least 1, found 10.5",
        ])
    }

    @Test func problemsOfSeveralStagesAreAllReportedInDocumentOrder() {
        let script = """
        {
          "format": 1, "title": "Test",
          "stages": [
            {"name": "A", "technique": "rubbing", "area": "neck", "duration": "fast", "instructions": "I"},
            {"name": "B", "technique": "kneeding", "area": "neck", "duration": 30, "instructions": "I"},
            {"name": "C", "technique": "rubbing", "area": "neck", "duration": 0, "instructions": "I", "reps": 0}
          ],
          "zone": 5
        }
        """
        expectProblems(script, file: "collar.json", [
            #"collar.json:4:71: error: stages[0].duration: expected a duration (seconds as a number, or a string like "45s", "2m", "1m30s", "1:30"), found "fast""#,
            #"collar.json:5:32: error: stages[1].technique: unknown technique "kneeding"; did you mean "kneading"?"#,
            "collar.json:6:71: error: stages[2].duration: expected a duration more than 0 and at most 12 hours, found 0",
            "collar.json:6:103: error: stages[2].reps: expected a whole number of at least 1, found 0",
            "collar.json:8:11: error: zone: expected a text (a string, or an object of language codes to strings), found 5",
        ])
    }
}
