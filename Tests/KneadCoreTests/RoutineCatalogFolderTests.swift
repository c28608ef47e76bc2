import Foundation
import Testing
@testable import KneadCore

/// The user's routine folder as the catalog reads it: which files count, in which order.
struct RoutineCatalogFolderTests {
    private func folder(withFiles names: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knead-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            try Data(routineScript().utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    @Test func onlyVisibleJSONFilesAreReadInTheOrderOfTheirNames() throws {
        let path = try folder(withFiles: ["b.json", "a.json", ".hidden.json", "notes.txt", "шея.json", "c.json.bak"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let catalog = RoutineCatalog(bundled: [], userFolder: path)
        #expect(catalog.entries.map(\.origin) == ["a.json", "b.json", "шея.json"].map { .file(path: path + "/" + $0) })
        #expect(catalog.failures.isEmpty)
    }

    @Test func aMissingFolderOrAFileInItsPlaceGivesNoUserRoutines() throws {
        let path = try folder(withFiles: ["a.json"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(RoutineCatalog(bundled: [], userFolder: path + "/absent").entries.isEmpty)
        #expect(RoutineCatalog(bundled: [], userFolder: path + "/a.json").entries.isEmpty)
        #expect(RoutineCatalog(bundled: [], userFolder: nil).entries.isEmpty)
    }

    @Test func theListingHasEveryEntryButDotAndDotDot() throws {
        let path = try folder(withFiles: ["x.json", ".y", "z"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(DirectoryListing.names(in: path)?.sorted() == [".y", "x.json", "z"])
        #expect(DirectoryListing.names(in: path + "/none") == nil)
    }
}
