import KneadSessions
import Testing
@testable import KneadCore

/// The routine fitted to the person: the less painful side first, and gentle mode in a flare.
@Suite("Timeline adaptation")
struct TimelineAdaptationTests {
    /// A routine that mixes gentle and other moves, with one two-sided stroking stage.
    private static let mixed = Routine(
        id: "mixed", title: LocalizedText("Mixed"), transition: .seconds(5),
        stages: [
            stage("Stroke", .stroking, seconds: 30),
            stage("Knead", .kneading, seconds: 20, sides: [.left, .right]),
            stage("Stroke sides", .stroking, seconds: 10, sides: [.left, .right]),
            stage("Tap", .tapping, seconds: 15),
            stage("Rest", .rest, seconds: 40),
        ]
    )

    private static func stage(_ name: String, _ technique: Technique, seconds: Int, sides: [Side] = []) -> Stage {
        Stage(name: LocalizedText(name), technique: technique, area: "neck", duration: .seconds(seconds), sides: sides, instructions: LocalizedText(name))
    }

    private func summary(_ timeline: Timeline) -> [String] {
        timeline.steps.map { "\($0.isTransition ? "ready" : "move") \($0.stage.name.english) \($0.side?.rawValue ?? "-")" }
    }

    @Test func theLessPainfulSideGoesFirstAndTheGetReadyStepFollows() {
        #expect(summary(Timeline(routine: Self.mixed, adaptation: TimelineAdaptation(soreSide: .left))) == [
            "move Stroke -",
            "move Knead right", "ready Knead left", "move Knead left",
            "move Stroke sides right", "ready Stroke sides left", "move Stroke sides left",
            "move Tap -", "move Rest -",
        ])
        #expect(summary(Timeline(routine: Self.mixed, adaptation: TimelineAdaptation(soreSide: .right))) == summary(Timeline(routine: Self.mixed)))
    }

    @Test func gentleModeKeepsExactlyTheStrokingAndRestStepsInOrder() {
        let gentle = Timeline(routine: Self.mixed, adaptation: TimelineAdaptation(soreSide: .left, gentle: true))
        #expect(gentle.isGentle)
        #expect(summary(gentle) == ["move Stroke -", "move Stroke sides right", "ready Stroke sides left", "move Stroke sides left", "move Rest -"])
        #expect(gentle.totalDuration == .seconds(30 + 10 + 5 + 10 + 40))
        #expect(gentle.steps.map(\.stageIndex) == [0, 2, 2, 2, 4], "steps keep their place in the routine")
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func everyBundledRoutineWorksTheLessPainfulSideFirst(fileName: String) throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName })
        let routine = try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
        for sore in Side.allCases {
            let timeline = Timeline(routine: routine, adaptation: TimelineAdaptation(soreSide: sore))
            #expect(timeline.steps.count == Timeline(routine: routine).steps.count)
            for stageIndex in Set(timeline.steps.map(\.stageIndex)) {
                let sides = timeline.steps.filter { $0.stageIndex == stageIndex && !$0.isTransition }.compactMap(\.side)
                if Set(sides) == [.left, .right] {
                    #expect(sides.first == sore.opposite, "\(fileName) stage \(stageIndex) starts on the sore side")
                    #expect(sides.last == sore)
                }
            }
            let gentle = Timeline(routine: routine, adaptation: TimelineAdaptation(soreSide: sore, gentle: true))
            #expect(gentle.steps.allSatisfy { $0.stage.technique.staysInGentleMode }, "\(fileName)")
            #expect(gentle.steps.filter { !$0.isTransition }.count
                == timeline.steps.filter { !$0.isTransition && $0.stage.technique.staysInGentleMode }.count)
        }
    }

    /// The article: acupressure is not done during acute pain; the others run gently.
    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func routinesOfAcupressureAreAvoidedInAFlareAndTheOthersRunGently(fileName: String) throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName })
        let routine = try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
        let pressesPoints = routine.stages.contains { $0.technique == .acupressure }
        #expect(routine.safety.inFlare == (pressesPoints ? .avoid : .gentle), "\(fileName)")
    }
}
