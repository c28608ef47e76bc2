import Testing
@testable import KneadCore

/// Durations: numbers of seconds and the string forms, with their bounds.
struct LoaderDurationTests {
    @Test(arguments: [
        ("45s", 45_000), ("2m", 120_000), ("1m30s", 90_000), ("1h", 3_600_000), ("1h2m3s", 3_723_000),
        ("1h30s", 3_630_000), ("2h5m", 7_500_000), ("12.5s", 12_500), ("1m0.25s", 60_250), ("0.0005s", 1),
        ("1.2344s", 1_234), ("90s", 90_000), ("1:30", 90_000), ("0:05", 5_000), ("90:00", 5_400_000),
        ("1:02:03", 3_723_000), ("12:00:00", 43_200_000), ("1:30.25", 90_250), ("007s", 7_000),
    ])
    func stringFormsParse(text: String, milliseconds: Int64) {
        #expect(Duration(scriptText: text) == .milliseconds(milliseconds))
    }

    @Test(arguments: [
        "", "fast", "5", "s", "1.5m", "1.5h", "1m1h", "1s1m", "1h1h", "1 m", " 1m", "1m ", "-5s", "+5s", ".5s", "1.s",
        "10ms", "1d", "1:3", "1:60", "1:00:60", "1:60:00", "1::02", ":30", "1:", "1:02:03:04", "1.5:00", "1:30s", "١s",
    ])
    func badStringFormsDoNotParse(text: String) {
        #expect(Duration(scriptText: text) == nil)
    }

    @Test func secondsAreRoundedToTheMillisecond() {
        #expect(Duration(scriptSeconds: 12.5) == .milliseconds(12_500))
        #expect(Duration(scriptSeconds: 0.0015) == .milliseconds(2))
        #expect(Duration(scriptSeconds: 0.0004) == .zero)
        #expect(Duration(scriptSeconds: .infinity) == nil)
        #expect(Duration(scriptSeconds: 1e300) == nil)
    }

    @Test(arguments: [
        ("30", 30_000), ("12.5", 12_500), ("1e1", 10_000), ("43200", 43_200_000), (#""12h""#, 43_200_000),
        (#""11h59m59.999s""#, 43_199_999), ("0.001", 1),
    ])
    func loadedDurationsAreExact(json: String, milliseconds: Int64) throws {
        let stage = try #require(expectRoutine(stageScript([("duration", json)]))?.stages.first)
        #expect(stage.duration == .milliseconds(milliseconds))
    }

    @Test(arguments: ["0", "-1", "0.0004", "43200.001", "1e400", #""0s""#, #""12h0m1s""#, #""12:00:01""#, #""13h""#])
    func outOfRangeDurationsAreReported(json: String) {
        expectProblems(stageScript([("duration", json)]), [
            "t.json:9:19: error: stages[0].duration: expected a duration more than 0 and at most 12 hours, found \(json)",
        ])
    }

    @Test(arguments: [#""fast""#, #""1:3""#, "true", "null", "[30]", #"{"s": 30}"#])
    func malformedDurationsAreReported(json: String) {
        let found = json == "[30]" ? "[30]" : json == #"{"s": 30}"# ? "an object" : json
        expectProblems(stageScript([("duration", json)]), [
            #"t.json:9:19: error: stages[0].duration: expected a duration (seconds as a number, or a string like "45s", "2m", "1m30s", "1:30"), found "#
                + found,
        ])
    }
}
