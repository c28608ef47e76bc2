import Foundation
import Testing

/// The README's line for each shell's prompt, run in that shell with knead on its `PATH`: the
/// prompt starts with what is due and a space, and is left as it was when nothing is.
@Suite("Prompt lines in the README")
struct PromptLineTests {
    /// How each shell is started, with `LINE` replaced by the README's line, to print its
    /// prompt as drawn (within brackets) after the line has run on a prompt of its own.
    static let shells: [(name: String, program: String, script: String)] = [
        ("bash", "/bin/bash", #"PS1='$ '; LINE; printf '[%s]' "${PS1@P}""#),
        ("zsh", "/usr/bin/zsh", #"PROMPT='# '; LINE; print -rn -- "[${(%%)PROMPT}]""#),
        ("fish", "/usr/bin/fish", #"function fish_prompt; echo -n '> '; end; LINE; echo -n "[$(fish_prompt | string collect)]""#),
    ]

    /// The README's line for `shell` (or another document's): the table row that names it, the
    /// text within backticks.
    static func readmeLine(for shell: String, in document: String = "README.md") throws -> String {
        let readme = try String(contentsOf: KneadBinary.packageRoot.appendingPathComponent(document), encoding: .utf8)
        let row = try #require(readme.split(separator: "\n").first { $0.hasPrefix("| \(shell) (") }, "\(document) has no line for \(shell)")
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let line = try #require(cells.last, "\(row)")
        #expect(line.hasPrefix("`") && line.hasSuffix("`"), "\(row)")
        return String(line.dropFirst().dropLast())
    }

    @Test(arguments: [0, 1, 2])
    func theREADMEsLineShowsWhatIsDueBeforeThePromptAndNothingOtherwise(shellIndex: Int) throws {
        let shell = Self.shells[shellIndex]
        try #require(FileManager.default.isExecutableFile(atPath: shell.program), "\(shell.name) is not installed (.ci/run installs it)")
        let journal = try CourseJournal()
        defer { journal.remove() }
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        let script = shell.script.replacingOccurrences(of: "LINE", with: try Self.readmeLine(for: shell.name))
        let ownPrompt = ["bash": "$ ", "zsh": "# ", "fish": "> "][shell.name]!
        let folder = URL(fileURLWithPath: KneadBinary.path).deletingLastPathComponent().path
        for (now, expected) in [
            ("2026-01-06T08:00:00+03:00", "knead: lumbar due \(ownPrompt)"),
            ("2026-01-05T21:00:00+03:00", ownPrompt),
        ] {
            let environment = journal.environment(now: now, ["PATH": "\(folder):/usr/bin:/bin", "HOME": journal.folder.path, "LANG": "C.UTF-8"])
            let arguments = shell.name == "fish" ? ["--no-config", "-c", script] : shell.name == "zsh" ? ["-f", "-c", script] : ["--norc", "--noprofile", "-c", script]
            let result = try KneadBinary.run(arguments, environment: environment, executable: shell.program)
            #expect(result.status == 0 && result.output == "[\(expected)]", "\(shell.name) at \(now): \(result)")
        }
    }

    @Test func theRussianREADMEGivesTheSameLines() throws {
        for shell in ["bash", "zsh", "fish", "tmux"] {
            #expect(try Self.readmeLine(for: shell, in: "docs/README.ru.md") == Self.readmeLine(for: shell), "\(shell)")
        }
    }
}
