import Testing
import KneadCore
import KneadSessions

/// Every bundled stage says where on the body it works, for the body figure.
@Suite("Bundled routines' regions, directions and points")
struct BundledBodyPlaceTests {
    /// The bundled routine in `fileName`; the loader refuses any region, direction or point
    /// that is not a valid name, or a point that contradicts its stage.
    func routine(_ fileName: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Routine {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName }, sourceLocation: sourceLocation)
        return try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func everyStageButRestNamesItsRegion(fileName: String) throws {
        for stage in try routine(fileName).stages where stage.technique != .rest {
            #expect(stage.region != nil, "\(fileName): \"\(stage.name.english)\" names no region")
        }
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func everyAcupressureStageNamesItsPoint(fileName: String) throws {
        for stage in try routine(fileName).stages where stage.technique == .acupressure {
            #expect(stage.point != nil, "\(fileName): \"\(stage.name.english)\" names no point")
        }
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func noStageMovesDownwards(fileName: String) throws {
        for stage in try routine(fileName).stages {
            #expect(stage.direction != .down, "\(fileName): \"\(stage.name.english)\": the article's moves go bottom-up")
        }
    }

    @Test func theNeckPointsAreTheArticlesInItsOrder() throws {
        let points = try routine("acupressure.json").stages.compactMap(\.point)
        #expect(points == [.thumbIndex, .shoulderTip, .skullBase, .belowSkull, .behindEar])
    }

    @Test func theLumbarPointsAreOnTheSacrumTheButtocksAndTheIliacCrests() throws {
        let regions = try routine("lumbar-acupressure.json").stages.filter { $0.point != nil }.compactMap(\.shownRegion)
        #expect(regions == [.sacrum, .buttocks, .iliacCrests])
    }

    @Test func theCollarZoneMovesOutTowardsTheArmpitsAndCuppingCirclesC7() throws {
        let collar = try routine("collar.json").stages
        #expect(collar.first?.direction == .outward && collar.last?.direction == .outward)
        let cupping = try routine("cupping-neck.json").stages
        #expect(cupping.contains { $0.region == .c7 && $0.direction == .circles })
    }

    @Test func theLegsWorkEveryRegionOfTheLegView() throws {
        let regions = Set(try routine("legs-after-lumbar.json").stages.compactMap(\.region))
        #expect(regions == Set(BodyRegion.allCases.filter { $0.view == .legs }))
    }
}
