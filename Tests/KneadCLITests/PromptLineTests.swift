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

    /// tmux runs `#()` only to draw a client's status line, so the README's line goes into the
    /// configuration of a tmux that runs inside another one, whose pane shows that line.
    @Test func theREADMEsTmuxLineAddsWhatIsDueToTheStatusLine() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed (.ci/run installs it)")
        let journal = try CourseJournal()
        defer { journal.remove() }
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        let configuration = journal.folder.appendingPathComponent("tmux.conf")
        try "set -g status-right 'R'\nset -g status-interval 1\n\(Self.readmeLine(for: "tmux"))\n".write(to: configuration, atomically: true, encoding: .utf8)
        let knead = URL(fileURLWithPath: KneadBinary.path).deletingLastPathComponent().path
        let (outer, inner) = ("knead-prompt-outer-\(getpid())", "knead-prompt-inner-\(getpid())")
        let sockets = ["TMUX_TMPDIR": journal.folder.path, "TERM": "xterm-256color", "PATH": "/usr/bin:/bin"]
        let innerEnvironment = journal.environment(now: "2026-01-06T08:00:00+03:00", ["PATH": "\(knead):/usr/bin:/bin", "TMUX_TMPDIR": journal.folder.path])
        let innerCommand = ["env", "-u", "TMUX"] + innerEnvironment.map { "\($0.key)=\($0.value)" }.sorted()
            + ["tmux", "-L", inner, "-f", configuration.path, "new-session"]
        defer {
            for server in [inner, outer] { _ = try? KneadBinary.run(["-L", server, "kill-server"], environment: sockets, executable: "/usr/bin/tmux") }
        }
        let started = try KneadBinary.run(
            ["-L", outer, "-f", "/dev/null", "new-session", "-d", "-x", "60", "-y", "6", innerCommand.map(Self.shellQuoted).joined(separator: " ")],
            environment: sockets, executable: "/usr/bin/tmux"
        )
        try #require(started.status == 0, "\(started)")
        let deadline = ContinuousClock.now + .seconds(15)
        var screen = ""
        while ContinuousClock.now < deadline {
            screen = try KneadBinary.run(["-L", outer, "capture-pane", "-p"], environment: sockets, executable: "/usr/bin/tmux").output
            if screen.split(separator: "\n").last?.hasSuffix("R knead: lumbar due") == true { return }
            try? await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the status line never showed what is due; the screen was:\n\(screen)")
    }

    /// `text` quoted for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
