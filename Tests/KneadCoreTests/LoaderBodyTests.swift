import Testing
@testable import KneadCore

/// A stage's `region`, `direction` and `point`. `stageScript` puts technique on line 7 and added
/// keys from line 11; a value starts at column 11 + key length (region 17, direction 20, point 16).
struct LoaderBodyTests {
    @Test func regionAndDirectionAreRead() throws {
        let stage = try #require(expectRoutine(stageScript([("region", #""collar-zone""#), ("direction", #""outward""#)]))?.stages.first)
        #expect(stage.region == .collarZone)
        #expect(stage.direction == .outward)
        #expect(stage.point == nil)
        #expect(stage.shownRegion == .collarZone)
    }

    @Test func aStageWithoutRegionStillLoads() throws {
        let stage = try #require(expectRoutine(stageScript())?.stages.first)
        #expect(stage.region == nil && stage.direction == nil && stage.point == nil)
        #expect(stage.shownRegion == nil)
    }

    @Test func anAcupressurePointIsReadAndShowsItsRegion() throws {
        let script = stageScript([("technique", #""acupressure""#), ("point", #""thumb-index""#)])
        let stage = try #require(expectRoutine(script)?.stages.first)
        #expect(stage.point == .thumbIndex)
        #expect(stage.region == nil)
        #expect(stage.shownRegion == .hand)
        let named = stageScript([("technique", #""acupressure""#), ("region", #""sacrum""#), ("point", #""beside-sacrum""#)])
        #expect(expectRoutine(named)?.stages.first?.region == .sacrum)
    }

    @Test(arguments: BodyRegion.allCases)
    func everyRegionIsAccepted(region: BodyRegion) {
        #expect(expectRoutine(stageScript([("region", "\"\(region.rawValue)\"")]))?.stages.first?.region == region)
    }

    @Test(arguments: MoveDirection.allCases)
    func everyDirectionIsAccepted(direction: MoveDirection) {
        #expect(expectRoutine(stageScript([("direction", "\"\(direction.rawValue)\"")]))?.stages.first?.direction == direction)
    }

    @Test(arguments: PressurePoint.allCases)
    func everyPointIsAcceptedInAnAcupressureStage(point: PressurePoint) {
        let script = stageScript([("technique", #""acupressure""#), ("point", "\"\(point.rawValue)\"")])
        #expect(expectRoutine(script)?.stages.first?.point == point)
    }

    @Test func misspelledNamesSuggestTheNearestOne() {
        expectProblems(stageScript([("region", #""colar-zone""#)]), [
            #"t.json:11:17: error: stages[0].region: unknown region "colar-zone"; did you mean "collar-zone"?"#,
        ])
        expectProblems(stageScript([("direction", #""Outwards""#)]), [
            #"t.json:11:20: error: stages[0].direction: unknown direction "Outwards"; did you mean "outward"?"#,
        ])
        expectProblems(stageScript([("technique", #""acupressure""#), ("point", #""thumb-indx""#)]), [
            #"t.json:11:16: error: stages[0].point: unknown point "thumb-indx"; did you mean "thumb-index"?"#,
        ])
    }

    @Test func unknownNamesListTheValidOnes() {
        expectProblems(stageScript([("direction", #""sideways""#)]), [
            #"t.json:11:20: error: stages[0].direction: unknown direction "sideways"; expected one of: "#
                + "up, down, outward, inward, towards-groin, circles",
        ])
        expectProblems(stageScript([("technique", #""acupressure""#), ("point", "3")]), [
            "t.json:11:16: error: stages[0].point: expected a point name (one of: "
                + "thumb-index, shoulder-tip, skull-base, below-skull, behind-ear, beside-sacrum, mid-buttock, above-iliac-crest), found 3",
        ])
        expectProblems(stageScript([("region", #"["neck"]"#)]), [
            "t.json:11:17: error: stages[0].region: expected a region name (one of: "
                + "head, nape, neck, collar-zone, shoulders, shoulder-blades, between-shoulder-blades, c7, beside-spine, "
                + "upper-back, lower-back, back, sacrum, buttocks, iliac-crests, hip, thigh, knee, shin, ankle, foot, leg, hand), "
                + #"found ["neck"]"#,
        ])
    }

    @Test func aPointOnAStageThatIsNotAcupressureIsAnError() {
        expectProblems(stageScript([("technique", #""kneading""#), ("point", #""skull-base""#)]), [
            #"t.json:11:16: error: stages[0].point: a point is pressed only in an acupressure stage, and this stage's technique is "kneading"; "#
                + #"leave "point" out or make the technique "acupressure""#,
        ])
    }

    @Test func aRegionThatContradictsThePointIsAnError() {
        expectProblems(stageScript([("technique", #""acupressure""#), ("region", #""neck""#), ("point", #""thumb-index""#)]), [
            #"t.json:11:17: error: stages[0].region: region "neck" contradicts the point "thumb-index", which lies in "hand"; "#
                + #"name that region or leave "region" out"#,
        ])
    }

    @Test func aPointIsNotJudgedAgainstAMisspelledTechnique() {
        expectProblems(stageScript([("technique", #""acupresure""#), ("point", #""thumb-index""#)]), [
            #"t.json:7:20: error: stages[0].technique: unknown technique "acupresure"; did you mean "acupressure"?"#,
        ])
    }
}
