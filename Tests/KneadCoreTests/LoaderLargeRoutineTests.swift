import Testing
@testable import KneadCore

/// A very long routine loads quickly enough to be unnoticeable.
struct LoaderLargeRoutineTests {
    static let stageCount = 5_000

    static func largeScript() -> String {
        var script = #"{"format": 1, "title": {"en": "Long", "ru": "Длинная"}, "transition": "2s", "stages": ["# + "\n"
        for index in 0..<stageCount {
            if index > 0 { script += ",\n" }
            let sides = index % 2 == 0 ? #", "sides": ["left", "right"]"# : ""
            script += #"  {"name": {"en": "Stage \#(index)", "ru": "Этап \#(index)"}, "technique": "kneading", "#
                + #""area": "neck", "duration": "\#(index % 60 + 1)s", "reps": \#(index + 1), "cadence": 60\#(sides), "#
                + #""instructions": "Knead slowly, \"gently\" \u00e9.", "caution": "None"}"#
        }
        return script + "\n]}"
    }

    @Test func fiveThousandStagesLoad() throws {
        let bytes = Array(Self.largeScript().utf8)
        let clock = ContinuousClock()
        let parsingTime = clock.measure { _ = try? JSONParser.parse(bytes) }
        let start = clock.now
        let routine = try #require(expectRoutine(String(decoding: bytes, as: UTF8.self)))
        print("Loaded \(Self.stageCount) stages (\(bytes.count) bytes) in \(clock.now - start); parsing alone took \(parsingTime)")
        #expect(routine.stages.count == Self.stageCount)
        let last = try #require(routine.stages.last)
        #expect(last.name.resolved(for: "ru") == "Этап 4999")
        #expect(last.duration == .seconds(4999 % 60 + 1))
        #expect(last.reps == 5000)
        #expect(last.sides.isEmpty)
        #expect(routine.stages[4998].sides == [.left, .right])
        #expect(last.instructions.english == "Knead slowly, \"gently\" é.")
    }

    @Test func problemsInALargeRoutineKeepTheirLines() {
        let script = Self.largeScript()
            .replacing(#""Stage 2500""#, with: "42")
            .replacing(#""reps": 4000"#, with: #""reps": 0"#)
        expectProblems(script, [
            "t.json:2502:19: error: stages[2500].name.en: expected a string, found 42",
            "t.json:4001:121: error: stages[3999].reps: expected a whole number of at least 1, found 0",
        ])
    }
}
