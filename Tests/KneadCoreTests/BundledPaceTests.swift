import Testing
import KneadCore
import KneadSessions

/// The paces given to the bundled routines' rhythmic steps, each one marked in the routine's source.
@Suite("Bundled paces")
struct BundledPaceTests {
    static let routines = BundledRoutineFiles.all.compactMap { try? RoutineLoader.load(bytes: $0.bytes, fileName: $0.fileName) }

    @Test func everyCadenceIsNamedInTheSourceAsKneadsFigure() {
        for routine in Self.routines {
            let source = routine.source?.english ?? ""
            for stage in routine.stages {
                guard let cadence = stage.cadence else { continue }
                #expect(source.contains("\(Int(cadence)) "), "\(routine.id): the pace of \(stage.name.english) is not in the source")
                #expect(source.contains("knead"), "\(routine.id): the source does not say whose figures the paces are")
            }
        }
    }

    @Test func theRhythmicStepsTheArticleImpliesHaveAPace() throws {
        let collar = try #require(Self.routines.first { $0.id == "collar" })
        let paced = collar.stages.filter { Pace(stage: $0, duration: $0.duration) != nil }.map(\.technique)
        #expect(paced == [.stroking, .vibration, .stroking], "the opening strokes, the vibration, the closing strokes")
        let cuppingNeck = try #require(Self.routines.first { $0.id == "cupping-neck" })
        let circles = cuppingNeck.stages.compactMap { stage in Pace(stage: stage, duration: stage.duration).map { $0.strokes * max(1, stage.sides.count) } }
        #expect(circles.reduce(0, +) == 12, "10-12 circular and linear movements in all")
    }
}
