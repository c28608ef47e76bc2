import Testing
@testable import KneadCore

/// The keys of a stage. `stageScript` puts name on line 6, technique on 7, area on 8, duration
/// on 9, instructions on 10 and added keys from line 11; a value starts at column 11 + key length.
struct LoaderStageTests {
    @Test func everyStageKeyIsRead() throws {
        let script = stageScript([
            ("technique", #""kneading""#), ("duration", #""1m30s""#), ("sides", #"["right", "left"]"#),
            ("reps", "12"), ("cadence", "60.5"), ("caution", #""Not on the spine.""#),
        ])
        let stage = try #require(expectRoutine(script)?.stages.first)
        #expect(stage == Stage(
            name: LocalizedText("Warm-up"), technique: .kneading, area: "neck", duration: .seconds(90),
            sides: [.right, .left], reps: 12, cadence: 60.5, instructions: LocalizedText("Stroke gently."),
            caution: LocalizedText("Not on the spine.")
        ))
    }

    @Test(arguments: Technique.allCases)
    func everyTechniqueIsAccepted(technique: Technique) throws {
        let stage = try #require(expectRoutine(stageScript([("technique", "\"\(technique.rawValue)\"")]))?.stages.first)
        #expect(stage.technique == technique)
    }

    @Test func misspelledTechniqueSuggestsTheNearestOne() {
        expectProblems(stageScript([("technique", #""kneeding""#)]), [
            #"t.json:7:20: error: stages[0].technique: unknown technique "kneeding"; did you mean "kneading"?"#,
        ])
        expectProblems(stageScript([("technique", #""Tapping""#)]), [
            #"t.json:7:20: error: stages[0].technique: unknown technique "Tapping"; did you mean "tapping"?"#,
        ])
    }

    @Test func unknownTechniqueListsTheTechniques() {
        expectProblems(stageScript([("technique", #""wiggle""#)]), [
            #"t.json:7:20: error: stages[0].technique: unknown technique "wiggle"; expected one of: "#
                + "stroking, rubbing, squeezing, kneading, pressing, vibration, tapping, pinching, cupping, acupressure, honey, rest",
        ])
        expectProblems(stageScript([("technique", "3")]), [
            "t.json:7:20: error: stages[0].technique: expected a technique name (one of: "
                + "stroking, rubbing, squeezing, kneading, pressing, vibration, tapping, pinching, cupping, acupressure, honey, rest), found 3",
        ])
    }

    @Test func misspelledKeyIsUnknownAndTheRealOneMissing() {
        expectProblems(stageScript([("duration", nil), ("duraton", "30")]), [
            #"t.json:5:5: error: stages[0]: missing required key "duration""#,
            #"t.json:10:7: error: stages[0]: unknown key "duraton"; did you mean "duration"?"#,
        ])
    }

    @Test func everyMissingRequiredKeyIsReported() {
        let script = #"{"format": 1, "title": "T", "stages": [{"caution": "Careful"}]}"#
        expectProblems(script, [
            #"t.json:1:40: error: stages[0]: missing required key "name""#,
            #"t.json:1:40: error: stages[0]: missing required key "technique""#,
            #"t.json:1:40: error: stages[0]: missing required key "area""#,
            #"t.json:1:40: error: stages[0]: missing required key "duration""#,
            #"t.json:1:40: error: stages[0]: missing required key "instructions""#,
        ])
    }

    @Test func duplicateStageKeyIsReported() {
        expectProblems(stageScript([("area2", #""back""#)]).replacing("\"area2\"", with: "\"area\""), [
            #"t.json:11:7: error: stages[0]: duplicate key "area""#,
        ])
    }

    @Test func durationMustBeValidAndPositive() {
        expectProblems(stageScript([("duration", #""fast""#)]), [
            #"t.json:9:19: error: stages[0].duration: expected a duration (seconds as a number, or a string like "45s", "2m", "1m30s", "1:30"), found "fast""#,
        ])
        expectProblems(stageScript([("duration", "0")]), [
            "t.json:9:19: error: stages[0].duration: expected a duration more than 0 and at most 12 hours, found 0",
        ])
        expectProblems(stageScript([("duration", #""0:00""#)]), [
            #"t.json:9:19: error: stages[0].duration: expected a duration more than 0 and at most 12 hours, found "0:00""#,
        ])
    }

    @Test func sidesMustBeBothSidesInEitherOrder() throws {
        let stage = try #require(expectRoutine(stageScript([("sides", #"["left","right"]"#)]))?.stages.first)
        #expect(stage.sides == [.left, .right])
        for (json, found) in [
            (#"["left"]"#, #"["left"]"#), (#"["left", "left"]"#, #"["left","left"]"#),
            (#"[]"#, "an empty array"), (#""both""#, #""both""#), (#"["left", "right", "left", "right"]"#, "an array"),
        ] {
            expectProblems(stageScript([("sides", json)]), [
                #"t.json:11:16: error: stages[0].sides: expected ["left","right"] or ["right","left"], found "# + found,
            ])
        }
    }

    @Test func repsMustBeAWholeNumberOfAtLeastOne() {
        for found in ["0", "-2", "2.5", "1.0", "1e2", #""3""#] {
            expectProblems(stageScript([("reps", found)]), [
                "t.json:11:15: error: stages[0].reps: expected a whole number of at least 1, found \(found)",
            ])
        }
    }

    @Test func cadenceMustBeFromOneTo600() throws {
        for good in ["1", "600", "72.5"] {
            let stage = try #require(expectRoutine(stageScript([("cadence", good)]))?.stages.first)
            #expect(stage.cadence == Double(good))
        }
        for found in ["900", "0", "0.5", #""fast""#, "null"] {
            expectProblems(stageScript([("cadence", found)]), [
                "t.json:11:18: error: stages[0].cadence: expected a number of beats per minute from 1 to 600, found \(found)",
            ])
        }
    }

    @Test func requiredTextsAndStringsMustNotBeEmpty() {
        expectProblems(stageScript([("name", #""""#), ("area", #""""#), ("instructions", "{}")]), [
            #"t.json:6:15: error: stages[0].name: expected a non-empty text, found """#,
            #"t.json:8:15: error: stages[0].area: expected a non-empty text, found """#,
            "t.json:10:23: error: stages[0].instructions: expected a non-empty text, found an empty object",
        ])
        expectProblems(stageScript([("area", "[1, 2]")]), [
            "t.json:8:15: error: stages[0].area: expected a text (a string, or an object of language codes to strings), found [1,2]",
        ])
    }

    @Test func areaMayBeALanguageMap() throws {
        let stage = try #require(expectRoutine(stageScript([("area", #"{"en": "trapezius", "ru": "трапеция"}"#)]))?.stages.first)
        #expect(stage.area == LocalizedText(translations: ["en": "trapezius", "ru": "трапеция"]))
        #expect(stage.area.resolved(for: "ru_UA") == "трапеция")
        expectProblems(stageScript([("area", #"{"ru": ""}"#)]), [
            #"t.json:8:22: error: stages[0].area.ru: expected a non-empty string, found """#,
        ])
    }

    @Test func emptyCautionMeansNoCaution() throws {
        let stage = try #require(expectRoutine(stageScript([("caution", #""""#)]))?.stages.first)
        #expect(stage.caution == nil)
    }
}
