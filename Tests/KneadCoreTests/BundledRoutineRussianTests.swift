import Testing
import KneadCore
import KneadSessions

@Suite("Bundled routines in Russian")
struct BundledRoutineRussianTests {
    /// Whether `scalar` is a letter of the Cyrillic block.
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(scalar.value) }

    /// Whether `scalar` is a Latin letter.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func everyTextHasARussianVersionThatIsRussian(fileName: String) throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName })
        let routine = try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
        for (field, text) in routine.textsByField {
            guard let russian = text.translations["ru"] else {
                Issue.record("\(fileName): \(field) has no Russian: \(text.english)")
                continue
            }
            let scalars = russian.unicodeScalars
            let cyrillic = scalars.filter(Self.isCyrillic).count
            let latin = scalars.filter(Self.isLatin).count
            #expect(cyrillic > 0 && cyrillic > 2 * latin, "\(fileName): \(field) is not Russian: \(russian)")
            #expect(russian != text.translations["en"], "\(fileName): \(field) is the English text")
        }
    }

    @Test(arguments: BundledRoutineFiles.all.map(\.fileName))
    func russianInstructionsTakeInAtAGlance(fileName: String) throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == fileName })
        let routine = try RoutineLoader.load(bytes: file.bytes, fileName: fileName)
        for stage in routine.stages {
            let russian = stage.instructions.resolved(for: "ru")
            #expect(russian.count <= 220, "\(stage.name.english): Russian instructions to take in at a glance")
        }
    }

    @Test func aRussianLocaleGetsTheRussianTexts() throws {
        let file = try #require(BundledRoutineFiles.all.first { $0.fileName == "collar.json" })
        let routine = try RoutineLoader.load(bytes: file.bytes, fileName: file.fileName)
        let language = PreferredLanguage.from(environment: ["LANG": "ru_RU.UTF-8"])
        #expect(routine.zone?.resolved(for: language) == "воротниковая зона")
        #expect(routine.stages[7].name.resolved(for: language) == "Вибрация")
        #expect(routine.stages[4].area.resolved(for: language) == "трапециевидная мышца")
        #expect(routine.stages[4].area.resolved(for: nil) == "trapezius")
    }
}
