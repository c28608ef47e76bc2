import Foundation
import Testing
import KneadCore
import KneadSessions

@Suite("Bundled routines")
struct BundledRoutineTests {
    /// Loads a bundled routine by its file name, failing the test with every problem if it is invalid.
    func routine(_ fileName: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Routine {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName }, "\(fileName) is not bundled", sourceLocation: sourceLocation)
        return try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
    }

    func total(_ fileName: String) throws -> Duration {
        Timeline(routine: try routine(fileName)).totalDuration
    }

    @Test func everyScriptInTheSessionsFolderIsBundled() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sessions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(BundledRoutineFiles.all.map(\.fileName).sorted() == files, "list each new file in Package.swift and BundledRoutineFiles")
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func loadsAndCarriesItsSafetyInformation(fileName: String) throws {
        let routine = try routine(fileName)
        #expect(routine.id + ".json" == fileName)
        #expect(!routine.safety.contraindications.isEmpty)
        #expect(!routine.safety.stopIf.isEmpty)
        #expect(routine.source != nil, "say which figures are the article's and which are defaults")
        #expect(routine.summary != nil && routine.zone != nil && routine.position != nil)
        for stage in routine.stages {
            let instructions = stage.instructions.english
            #expect(instructions.count <= 220, "\(stage.name.english): instructions to take in at a glance")
            #expect(instructions.count >= 30, "\(stage.name.english): instructions say what, where and how")
        }
    }

    @Test func totalsFallInTheArticlesRanges() throws {
        #expect((Duration.seconds(10 * 60)...Duration.seconds(15 * 60)).contains(try total("honey.json")))
        #expect((Duration.seconds(19 * 60)...Duration.seconds(21 * 60)).contains(try total("lumbar.json")))
        #expect((Duration.seconds(20 * 60)...Duration.seconds(30 * 60)).contains(try total("cupping-back.json")))
    }

    @Test func courseLimitsAreTheArticles() throws {
        #expect(try routine("neck-classic.json").course?.maxSessions == 12)
        #expect(try routine("honey.json").course?.maxSessions == 8)
        #expect(try routine("cupping-back.json").course?.maxSessions == 10)
        #expect(try routine("lumbar.json").course?.restDays == 42)
    }

    @Test func collarFollowsTheArticlesOrderAndDurations() throws {
        let stages = try routine("collar.json").stages
        let plan = stages.map { "\($0.technique.rawValue) \($0.duration.inSeconds) \($0.sides.map(\.rawValue).joined(separator: ","))" }
        #expect(plan == [
            "stroking 40.0 ",
            "pressing 25.0 left,right",
            "rubbing 30.0 ",
            "rubbing 30.0 ",
            "kneading 60.0 ",
            "kneading 50.0 ",
            "kneading 30.0 left,right",
            "vibration 20.0 ",
            "pinching 20.0 ",
            "tapping 30.0 ",
            "stroking 30.0 ",
        ])
        #expect(stages[0].reps == 12, "10 to 12 strokes to start")
        #expect(stages[2].name.english.localizedCaseInsensitiveContains("palm"))
        #expect(stages[3].name.english.localizedCaseInsensitiveContains("edge of the palm"))
        #expect(stages[4].area.english.localizedCaseInsensitiveContains("trapezius"))
        #expect(stages[6].area.english.localizedCaseInsensitiveContains("shoulder blade"))
    }

    @Test func theDirectionsTheArticleInsistsOnAreInTheInstructions() throws {
        let lumbar = try routine("lumbar.json")
        let lumbarText = lumbar.stages.map { $0.instructions.english + " " + ($0.caution?.english ?? "") }.joined(separator: " ").lowercased()
        #expect(lumbarText.contains("spine"))
        #expect(lumbarText.contains("up"))
        let cupping = try routine("cupping-neck.json").stages[1]
        let cuppingText = (cupping.instructions.english + " " + (cupping.caution?.english ?? "")).lowercased()
        #expect(cuppingText.contains("never"), "never on the vertebra itself")
        let acupressure = try routine("acupressure.json")
        #expect(acupressure.safety.contraindications.contains { $0.english.lowercased().contains("acute") })
        #expect(acupressure.stages.filter { $0.technique == .acupressure }.count == 5)
        #expect(acupressure.stages.filter { $0.technique == .acupressure }.allSatisfy { $0.duration == .seconds(120) })
        let honey = try routine("honey.json")
        let honeyWarnings = honey.safety.notes + honey.safety.contraindications + honey.stages.compactMap(\.caution)
        #expect(honeyWarnings.contains { $0.english.lowercased().contains("allerg") }, "the allergy test comes first")
    }

    @Test func lumbarAcupressureWarmsFirstAndPressesThreeToFivePoints() throws {
        let routine = try routine("lumbar-acupressure.json")
        let first = routine.stages[0]
        #expect(first.technique == .rest && first.instructions.english.lowercased().contains("heating pad"), "warm the sore spot first")
        #expect(routine.stages[1].technique == .vibration, "soft vibration on tense muscles before the points")
        let points = routine.stages.filter { $0.technique == .acupressure }
        #expect(points.map(\.area.english) == ["sacrum", "buttock", "iliac crest"], "the article's areas, in its order")
        #expect((3...5).contains(points.reduce(0) { $0 + max(1, $1.sides.count) }), "3 to 5 points suffice for the lower back")
        #expect(points.allSatisfy { $0.duration == .seconds(120) && $0.reps == 3 }, "about 2 minutes a point, three rounds")
        #expect(routine.safety.contraindications.contains { $0.english.lowercased().contains("acute pain") })
        #expect(routine.safety.notes.contains { $0.english.lowercased().contains("healthy side first") || $0.english.lowercased().contains("begin on the healthy side") })
        #expect(routine.stages.last?.technique == .rest, "rest lying down: dizziness is possible")
    }

    @Test func legsFollowTheArticlesOrderOnEachLeg() throws {
        let routine = try routine("legs-after-lumbar.json")
        let regions = ["hip", "thigh", "knee", "shin", "ankle", "foot"]
        let firstStage = regions.map { region in
            routine.stages.firstIndex { $0.area.english.contains(region) } ?? -1
        }
        #expect(!firstStage.contains(-1), "every region of the article is worked")
        #expect(firstStage == firstStage.sorted(), "hip, thigh, knee, shin, ankle, foot in that order")
        #expect(routine.stages[0].technique == .stroking, "the hip starts with deep circular stroking")
        let thigh = routine.stages.filter { $0.area.english.contains("thigh") }.map(\.technique)
        #expect(thigh.starts(with: [.stroking, .rubbing, .kneading]), "thigh: grasping stroking, rubbing, kneading")
        #expect(routine.stages.allSatisfy { $0.sides.count == 2 }, "each leg in turn")
        let total = Timeline(routine: routine).totalDuration
        #expect((Duration.seconds(10 * 60)...Duration.seconds(20 * 60)).contains(total))
        #expect(routine.safety.notes.contains { $0.english.contains("groin") }, "every move goes up, towards the groin")
    }
}
