import Foundation
import Testing

/// `knead new`: a routine of one's own in the sessions folder, never over an existing file.
@Suite("knead new")
struct NewCommandTests {
    @Test func aSkeletonIsWrittenIntoTheSessionsFolderAndItsPathPrinted() throws {
        let config = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        let result = try KneadBinary.run(["new", "my-neck"], environment: environment)
        let path = config.path + "/knead/sessions/my-neck.json"
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == path + "\n")
        #expect(try KneadBinary.run(["validate", path]).status == 0)
        let listed = try KneadBinary.run(["list"], environment: environment)
        #expect(listed.output.split(separator: "\n").contains { $0.hasPrefix("my-neck ") && $0.hasSuffix(" user") }, "\(listed.output)")
    }

    @Test func fromCopiesARoutineUnderTheNewName() throws {
        let config = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        let result = try KneadBinary.run(["new", "evening", "--from", "collar"], environment: environment)
        #expect(result.status == 0, "\(result.errors)")
        let shown = try KneadBinary.run(["show", "evening"], environment: environment)
        #expect(shown.output.hasPrefix("Collar zone, step by step (evening) — 15 steps, 7:10"), "\(shown.output)")
        let original = try KneadBinary.run(["show", "collar"], environment: environment)
        #expect(original.output.hasPrefix("Collar zone, step by step (collar)"), "the bundled routine stays")
        let again = try KneadBinary.run(["new", "evening-2", "--from", "evening"], environment: environment)
        #expect(again.status == 0, "a routine of one's own can be copied too: \(again.errors)")
    }

    @Test func fromTakesAScriptsPathToo() throws {
        let config = try KneadBinary.configFolder(withScripts: ["mine": "My neck"])
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        let source = config.path + "/knead/sessions/mine.json"
        let result = try KneadBinary.run(["new", "copy", "--from", source], environment: environment)
        #expect(result.status == 0, "\(result.errors)")
        let shown = try KneadBinary.run(["show", "copy"], environment: environment)
        #expect(shown.output.hasPrefix("My neck (copy)"), "\(shown.output)")
        let missing = try KneadBinary.run(["new", "other", "--from", config.path + "/nothing.json"], environment: environment)
        #expect(missing.status == 64)
        #expect(missing.errors.contains("no such file"))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let config = try KneadBinary.configFolder(withScripts: ["mine": "My neck"])
        defer { try? FileManager.default.removeItem(at: config) }
        let path = config.path + "/knead/sessions/mine.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try KneadBinary.run(["new", "mine", "--from", "collar"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(result.status == 73)
        #expect(result.output.isEmpty)
        #expect(result.errors == "Error: \(path) already exists; it was left as it was (choose another NAME)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aNameOrPathTooLongForTheFileSystemIsAUsageErrorNotAFileAlreadyThere() throws {
        let config = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let long = try KneadBinary.run(["new", String(repeating: "a", count: 251)], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(long.status == 64, "\(long.errors)")
        #expect(long.errors.contains("NAME may be at most 250 characters long (the file system's limit for NAME.json), not 251"), "\(long.errors)")
        let longest = try KneadBinary.run(["new", String(repeating: "a", count: 250)], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(longest.status == 0, "\(longest.errors)")

        let deepFolder = config.path + String(repeating: "/" + String(repeating: "d", count: 200), count: 25)
        let deep = try KneadBinary.run(["new", "mine"], environment: ["XDG_CONFIG_HOME": deepFolder])
        #expect(deep.status == 64, "\(deep.errors)")
        #expect(deep.errors.contains("is longer than the file system takes; choose a shorter NAME or XDG_CONFIG_HOME"), "\(deep.errors)")
    }

    @Test func badNamesAndUnknownSourcesAreUsageErrors() throws {
        let config = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        let bad = try KneadBinary.run(["new", "My Neck"], environment: environment)
        #expect(bad.status == 64)
        #expect(bad.errors.contains("NAME may hold only lowercase letters a-z, digits and \"-\""))
        let unknown = try KneadBinary.run(["new", "x", "--from", "colar"], environment: environment)
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("did you mean \"collar\"?"))
        let specialist = try KneadBinary.run(["new", "x", "--from", "segmental-reflex"], environment: environment)
        #expect(specialist.status == 69)
        #expect(!FileManager.default.fileExists(atPath: config.path + "/knead/sessions/x.json"), "nothing written")
    }
}
