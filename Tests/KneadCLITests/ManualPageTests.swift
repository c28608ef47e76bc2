import Foundation
import Testing

/// `docs/knead.1` against the commands it was generated from. The exact comparison with a fresh
/// `.ci/generate-manual.sh` runs in `.ci/run`; this test catches a page left behind by a
/// changed command without building the generator.
@Suite("Manual page")
struct ManualPageTests {
    /// The man page as committed.
    static func manualPage() throws -> String {
        try String(contentsOf: KneadBinary.packageRoot.appendingPathComponent("docs/knead.1"), encoding: .utf8)
    }

    /// Every text of a command in the dump of `--experimental-dump-help`, its subcommands' too.
    static func texts(of command: [String: Any]) -> [String] {
        var texts: [String] = []
        if let abstract = command["abstract"] as? String { texts.append(abstract) }
        if let discussion = command["discussion"] as? String {
            texts += discussion.components(separatedBy: "\n\n")
        }
        for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
            if let abstract = argument["abstract"] as? String { texts.append(abstract) }
        }
        for subcommand in command["subcommands"] as? [[String: Any]] ?? [] where subcommand["shouldDisplay"] as? Bool != false {
            texts += Self.texts(of: subcommand)
        }
        return texts
    }

    @Test func everyTextOfTheCommandsIsInTheManualPage() throws {
        let dump = try KneadBinary.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let page = try Self.manualPage()
        let texts = Self.texts(of: command)
        #expect(texts.count > 20)
        for text in texts {
            let isOnThePage = page.contains(text)
            #expect(isOnThePage, "docs/knead.1 is out of date (run .ci/generate-manual.sh): it lacks \(text)")
        }
    }

    @Test func theManualPageIsReproducibleAndDocumentsTheEssentials() throws {
        let page = try Self.manualPage()
        #expect(page.contains(".Dd December 1, 2026\n"), "the fixed date of .ci/generate-manual.sh")
        #expect(!page.contains("\n\n"), "blank lines are paragraph breaks (.Pp) in mdoc")
        for essential in ["Keys during a session:", "Files:", "Environment:", "Exit status:", "LC_ALL", "NO_COLOR", "XDG_CONFIG_HOME", ".It Em new"] {
            let isOnThePage = page.contains(essential)
            #expect(isOnThePage, "\(essential)")
        }
    }
}
