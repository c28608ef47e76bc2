import Testing
@testable import KneadCore

/// Every region, direction and point has a name in English and in Russian.
struct BodyWordingTests {
    /// The name of every region, direction and point in `words`, by its value.
    static func names(in words: Wording) -> [(value: String, name: String)] {
        BodyRegion.allCases.map { ("region \($0.rawValue)", words.region($0)) }
            + MoveDirection.allCases.map { ("direction \($0.rawValue)", words.direction($0)) }
            + PressurePoint.allCases.map { ("point \($0.rawValue)", words.point($0)) }
    }

    @Test(arguments: [DisplayLanguage.english, .russian])
    func everyNameIsInTheCatalogue(language: DisplayLanguage) {
        let missing = Self.names(in: Wording(language: language)).filter { $0.name.isEmpty }.map(\.value)
        #expect(missing == [], "\(language) lacks: \(missing)")
    }

    @Test func theNamesReadAsTheIssueGivesThem() {
        let english = Wording.english
        let russian = Wording(language: .russian)
        #expect(english.region(.collarZone) == "collar zone")
        #expect(russian.region(.collarZone) == "воротниковая зона")
        #expect(english.direction(.up) == "bottom-up")
        #expect(russian.direction(.up) == "снизу вверх")
        #expect(english.point(.thumbIndex) == "between thumb and index finger")
        #expect(russian.point(.thumbIndex) == "между большим и указательным пальцами")
    }

    @Test func noTwoRegionsShareAName() {
        for language in [Wording.english, Wording(language: .russian)] {
            let names = BodyRegion.allCases.map(language.region)
            #expect(Set(names).count == names.count)
        }
    }

    @Test func aStagesPlaceNamesItsRegionPointAndDirection() {
        let stroking = Stage(
            name: "Stroking", technique: .stroking, area: "neck", duration: .seconds(30),
            instructions: "Stroke.", region: .collarZone, direction: .outward
        )
        #expect(Wording.english.place(of: stroking) == "collar zone, out from the spine")
        #expect(Wording(language: .russian).place(of: stroking) == "воротниковая зона, от позвоночника в стороны")
        let point = Stage(
            name: "Point", technique: .acupressure, area: "hand", duration: .seconds(120),
            instructions: "Press.", direction: .circles, point: .thumbIndex
        )
        #expect(Wording.english.place(of: point) == "back of the hand, between thumb and index finger, in circles")
        var bare = stroking
        bare.region = nil
        bare.direction = nil
        #expect(Wording.english.place(of: bare) == nil)
    }
}
