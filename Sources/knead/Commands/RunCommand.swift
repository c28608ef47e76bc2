import ArgumentParser
import Glibc
import KneadCore
import KneadTerminal
import KneadUI

/// `knead run ROUTINE` (or just `knead ROUTINE`): follow a routine live, step by step.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a session: follow a routine live (the default command).",
        discussion: """
            Without ROUTINE, a picker lists the routines to choose from. In a terminal the \
            session fills the screen; keys: Space or p pause, n or Right next step, b or Left back, \
            r restart the step, + / - add or remove 15 s, ? help, q quit. When standard output \
            is not a terminal, or with --plain, it prints one line per step instead.
            """
    )

    @Argument(
        help: "The routine: a name from `knead list`, or the path of a script. Omit it to pick one.",
        completion: RoutineNameCompletion.kind
    )
    var routine: String?

    @Flag(name: .long, help: "Print one line per step instead of the full screen (for pipes, logs and screen readers).")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "Draw without colours (as does setting NO_COLOR).")
    var noColor = false

    @Flag(name: .long, help: "Ring the terminal bell when a step starts and in its last three seconds.")
    var bell = false

    @Option(name: .customLong("time-scale"), help: .hidden)
    var timeScale: Double = 1

    /// Keys handed to the app before its first screen, such as `enter,?` (for tests).
    @Option(name: .customLong("start-keys"), help: .hidden)
    var startKeys: String?

    /// A deliberate runtime trap when this step starts (for tests of the crash handler).
    @Option(name: .customLong("test-trap-at-step"), help: .hidden)
    var trapAtStep: Int?

    func validate() throws {
        guard timeScale.isFinite, timeScale > 0 else {
            throw ValidationError("--time-scale must be a number more than 0")
        }
        if let startKeys, KeyName.keys(inList: startKeys) == nil {
            throw ValidationError("--start-keys takes key names separated by commas, such as `enter,?`")
        }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        let interactive = !plain && isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
        guard interactive else {
            guard let routine else {
                throw ValidationError("name a routine to run without a terminal, such as `knead run collar` (see `knead list`)")
            }
            let status = PlainSessionRunner(
                routine: try environment.routine(named: routine), language: environment.language, timeScale: timeScale
            ).run()
            if status != 0 { throw ExitCode(status) }
            return
        }
        let model: AppModel
        let options = AppOptions(language: environment.language, colors: !noColor && environment.allowsColor)
        if let routine {
            model = AppModel(routines: [try environment.routine(named: routine)], start: .routine(0), options: options)
        } else {
            let catalog = environment.catalog()
            environment.warn(about: catalog.failures)
            guard !catalog.entries.isEmpty else { throw ValidationError("no routines found") }
            var picker = AppModel(routines: catalog.entries.map(\.routine), start: .picker, options: options)
            picker.specialistOnly = SpecialistOnlyMethod.all
            model = picker
        }
        let status = InteractiveSession.run(
            model: model,
            options: TerminalOptions(
                colors: options.colors, timeScale: timeScale, bell: bell,
                startingKeys: startKeys.flatMap(KeyName.keys(inList:)) ?? [], trapAtStep: trapAtStep
            )
        )
        if status != 0 { throw ExitCode(status) }
    }
}
