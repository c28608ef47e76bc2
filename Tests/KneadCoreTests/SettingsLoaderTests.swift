import Foundation
import Testing
@testable import KneadCore

/// Where the settings file is, and how one that cannot be read or parsed is reported.
struct SettingsLoaderTests {
    @Test func theSettingsFileAndTheScriptsShareKneadsConfigFolder() {
        let xdg = ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/a"]
        #expect(RoutineCatalog.configFolder(environment: xdg) == "/xdg/knead")
        #expect(SettingsLoader.path(environment: xdg) == "/xdg/knead/config.json")
        #expect(RoutineCatalog.userFolder(environment: xdg) == "/xdg/knead/sessions")
        let home = ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]
        #expect(SettingsLoader.path(environment: home) == "/home/a/.config/knead/config.json")
        #expect(RoutineCatalog.userFolder(environment: home) == "/home/a/.config/knead/sessions")
        #expect(RoutineCatalog.configFolder(environment: [:]) == nil)
        #expect(SettingsLoader.path(environment: ["HOME": ""]) == nil)
    }

    @Test func aSettingsFileOverTheSizeLimitIsCalledAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("knead-settings-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: UInt8(ascii: " "), count: ScriptFileReader.sizeLimit + 1).write(to: URL(fileURLWithPath: path))
        do throws(RoutineLoadError) {
            _ = try SettingsLoader.load(contentsOf: path)
            Issue.record("a settings file over the limit was read")
        } catch {
            #expect(error.description == "\(path): error: cannot read the settings file: larger than 4 MiB, the most a settings file may hold")
        }
    }

    @Test func aSyntaxErrorIsReportedAloneWithItsPosition() {
        do throws(RoutineLoadError) {
            _ = try SettingsLoader.load(bytes: Array("{\n  \"voice\": \"on\",\n}".utf8), fileName: "config.json")
            Issue.record("a broken settings file was read")
        } catch {
            #expect(error.problems.map { "\($0.line):\($0.column)" } == ["3:1"])
        }
    }
}
