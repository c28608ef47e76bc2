import Foundation
import Glibc
import Testing

/// The completion scripts of `knead --generate-completion-script`, loaded into real bash, zsh
/// and fish in tmux: Tab completes routine names for `run`, `show` and `new --from`.
///
/// A shell that is not installed skips its test, unless CI is set: then it fails.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct ShellCompletionTests {
    /// A shell to try, with how to start it without any user configuration and how to load a script.
    struct Shell: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var load: @Sendable (String) -> String
        var description: String { name }
    }

    static let shells = [
        Shell(name: "bash", arguments: ["bash", "--norc", "--noprofile", "-i"]) { "source '\($0)'" },
        Shell(name: "zsh", arguments: ["zsh", "-f", "-i"]) { "autoload -Uz compinit && compinit -u && source '\($0)'" },
        Shell(name: "fish", arguments: ["fish", "--no-config", "-i"]) { "source '\($0)'" },
    ]

    @Test(arguments: shells)
    func tabCompletesRoutineNames(shell: Shell) async throws {
        guard ChildProcess.isOnPath(shell.name) || ProcessInfo.processInfo.environment["CI"] != nil else { return }
        try #require(ChildProcess.isOnPath(shell.name), "\(shell.name) is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not built")
        let folder = (knead as NSString).deletingLastPathComponent
        let terminal = try TmuxTerminal(running: ["env", "PATH=\(folder):/usr/bin:/bin", "PS1=$ "] + shell.arguments, width: 100, height: 20)
        defer { terminal.close() }
        let script = "\(terminal.folder)/knead.\(shell.name)"
        let generated = try ChildProcess.run(
            [knead, "--generate-completion-script", shell.name], environment: ["PATH": "/usr/bin:/bin"], outputPath: script
        )
        try #require(generated.status == 0)
        let ownRoutine = try ChildProcess.run(
            [knead, "new", "my-evening"], environment: ["XDG_CONFIG_HOME": "\(terminal.folder)/config"],
            outputPath: "\(terminal.folder)/new-output"
        )
        try #require(ownRoutine.status == 0, "\(ownRoutine.output)")
        try terminal.type(shell.load(script) + "; echo loaded-\"ok\"")
        try terminal.sendKeys("Enter")
        await terminal.waitForScreen(containing: "loaded-ok")

        let completions = [
            ("knead run co", "knead run collar"),
            ("knead show lumbar-", "knead show lumbar-acupressure"),
            ("knead run my-", "knead run my-evening"),
            ("knead new mine --from hon", "knead new mine --from honey"),
        ]
        for (typed, completed) in completions {
            try terminal.type(typed)
            try terminal.sendKeys("Tab")
            await terminal.waitForScreen(containing: completed, timeout: .seconds(10))
            try terminal.sendKeys("C-u")
        }
    }
}
