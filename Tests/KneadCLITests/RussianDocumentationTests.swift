import Foundation
import Testing

/// The Russian README and the ways to find it.
@Suite("Russian documentation")
struct RussianDocumentationTests {
    static func document(_ path: String) throws -> String {
        try String(contentsOf: KneadBinary.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theREADMELinksItAtTheTop() throws {
        let opening = try Self.document("README.md").split(separator: "\n").prefix(4)
        #expect(opening.contains { $0.contains("(docs/README.ru.md)") }, "\(opening)")
    }

    @Test func itIsInRussianAndNamesEveryBundledRoutine() throws {
        let russian = try Self.document("docs/README.ru.md")
        let letters = russian.unicodeScalars.filter { $0.properties.isAlphabetic }
        let cyrillic = letters.filter { (0x0400...0x04FF).contains($0.value) }
        #expect(cyrillic.count * 2 > letters.count, "mostly Cyrillic: \(cyrillic.count) of \(letters.count) letters")
        let sessions = KneadBinary.packageRoot.appendingPathComponent("Sessions")
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        #expect(names.count == 10)
        for name in names {
            #expect(russian.contains("`\(name)`"), "\(name) is not in docs/README.ru.md")
        }
        #expect(russian.contains("(../README.md)"), "links back to the English README")
    }

    @Test func helpPointsToIt() throws {
        let help = try KneadBinary.run(["--help"])
        #expect(help.output.contains("docs/README.ru.md"), "\(help.output)")
    }
}
