import Foundation
import Testing

/// Segmental-reflex massage: listed for information, never run.
@Suite("Specialist-only methods")
struct SpecialistOnlyCommandTests {
    @Test func listShowsSegmentalReflexMassageAsInformationOnly() throws {
        let result = try KneadBinary.run(["list"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex(of: "For information only (specialists only, not run by knead):"), "\(result.output)")
        #expect(lines[heading - 1] == "", "set apart from the table")
        #expect(lines[heading + 1] == "  segmental-reflex: Segmental-reflex massage")
        #expect(lines[heading + 3].contains("cannot be done at home"))
        #expect(!lines.contains { $0.hasPrefix("segmental-reflex ") }, "not a row of runnable routines")
    }

    @Test func listInRussianNamesItInRussian() throws {
        let result = try KneadBinary.run(["list"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(result.output.contains("  segmental-reflex: Сегментарно-рефлекторный массаж"), "\(result.output)")
        #expect(result.output.contains("дома такой массаж невозможен"))
    }

    @Test(arguments: [["segmental-reflex"], ["run", "segmental-reflex"], ["run", "--plain", "segmental-reflex"], ["show", "segmental-reflex"]])
    func runningItExplainsWhyAndFails(arguments: [String]) throws {
        let result = try KneadBinary.run(arguments)
        #expect(result.status == 69, "\(result.output)\(result.errors)")
        #expect(result.output.isEmpty, "nothing starts")
        #expect(result.errors == "Error: Segmental-reflex massage: It is for specialists only and cannot be done at home, "
            + "so knead does not run it. Ask a doctor or a certified massage therapist.\n")
    }

    @Test func aUserScriptOfThatNameRunsAsTheirOwn() throws {
        let config = try KneadBinary.configFolder(withScripts: ["segmental-reflex": "My own"])
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try KneadBinary.run(["show", "segmental-reflex"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("My own (segmental-reflex)"))
    }
}
