import ArgumentParser
import Glibc
import KneadCore
import KneadJournal
import KneadSpeech
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

            With --plain and a terminal on standard input, knead asks the full screen's \
            questions as lines before the first step (the contraindications, a first-time \
            check, the sore side, a flare, a full course, the pain) and the pain after the \
            last; --no-contraindications, --sore-side, --flare, --pain-before and --pain-after \
            answer ahead. Without a terminal nothing is asked: the contraindications are \
            printed as not confirmed, and the journal notes that they were not asked.

            With --voice the session is spoken, for following it with the eyes closed (with \
            espeak-ng or say, whichever is on PATH, or the program of --voice-command). \
            Settings kept in $XDG_CONFIG_HOME/knead/config.json apply too; the options here \
            override them (see `knead config`).
            """
    )

    @Argument(
        help: "The routine: a name from `knead list`, or the path of a script. Omit it to pick one.",
        completion: RoutineNameCompletion.kind
    )
    var routine: String?

    @Flag(name: .long, help: "Print one line per step instead of the full screen (for pipes, logs and screen readers).")
    var plain = false

    @OptionGroup(title: "Settings")
    var settingOptions: SettingOptions

    @Option(name: .customLong("pain-before"), help: ArgumentHelp("With --plain: the pain before the session, 0 (none) to 10 (the worst imaginable), for the journal.", valueName: "0-10"), transform: NumberArgument.painRating)
    var painBefore: Int?

    @Option(name: .customLong("pain-after"), help: ArgumentHelp("With --plain: the pain after the session, 0 to 10, for the journal.", valueName: "0-10"), transform: NumberArgument.painRating)
    var painAfter: Int?

    @Option(name: .customLong("sore-side"), help: ArgumentHelp("With --plain: the side that hurts more (left, right or neither); the other side goes first in two-sided steps.", valueName: "side"))
    var soreSide: SoreSide?

    @Flag(name: .customLong("no-contraindications"), help: "With --plain: none of the routine's contraindications applies to me (answers that question ahead).")
    var noContraindications = false

    @Flag(name: .long, help: "With --plain: it is a flare (acute pain): only stroking and rest, very lightly; a routine not done in a flare does not start.")
    var flare = false

    @OptionGroup var journalOptions: JournalOptions

    @Option(name: .customLong("time-scale"), help: .hidden, transform: NumberArgument.timeScale)
    var timeScale: Double = 1

    /// Keys handed to the app before its first screen, such as `enter,?` (for tests).
    @Option(name: .customLong("start-keys"), help: .hidden)
    var startKeys: String?

    /// A deliberate runtime trap when this step starts (for tests of the crash handler).
    @Option(name: .customLong("test-trap-at-step"), help: .hidden, transform: NumberArgument.count)
    var trapAtStep: Int?

    func validate() throws {
        if let startKeys, KeyName.keys(inList: startKeys) == nil {
            throw ValidationError("--start-keys takes key names separated by commas, such as `enter,?`")
        }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        let settings = try EffectiveSettings.resolve(options: settingOptions, environment: environment)
        let language = settings.language.value
        let words = Wording(code: language)
        let speaker = SpeakerChoice.speaker(for: settings, environment: environment)
        var interactive = !plain && isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
        if interactive && !FullScreenCapability.terminalCanDrawFullScreen() {
            let term = VisibleLine.sanitized(environment.variables["TERM"].map { $0.isEmpty ? "\"\"" : $0 } ?? "unset")
            guard routine != nil else {
                throw environment.usageError(words(.cliRunPickerNeedsFullScreen, term))
            }
            printError(words(.cliRunPlainInstead, term))
            interactive = false
        }
        guard interactive else {
            guard let routine else {
                throw ValidationError("name a routine to run without a terminal, such as `knead run collar` (see `knead list`)")
            }
            let chosen = try environment.routine(named: routine)
            let recorder = SessionRecorder.open(path: journalOptions.resolvedPath(in: environment), words: words)
            for warning in recorder.warnings { printError(warning) }
            let standingBefore = recorder.standing
            try? recorder.journal?.noteCourses(of: [chosen])
            let status = PlainSessionRunner(
                routine: chosen, options: AppOptions(language: language, colors: false, voice: settings.voice.value),
                timeScale: timeScale, speaker: speaker, recorder: recorder,
                ahead: AnswersAhead(
                    noContraindications: noContraindications, soreSide: soreSide, flare: flare,
                    pain: PainRatings(before: painBefore, after: painAfter)
                ),
                asks: isatty(STDIN_FILENO) == 1,
                recordedOptions: RecordedOptions.of(plain: true, settings: settings, timeScale: timeScale),
                facts: recorder.journal?.facts(for: [chosen], today: WallClock.now().day)[chosen.id]
            ).run()
            if let standing = recorder.standing, standing != standingBefore { printError(standing) }
            if status != 0 { throw ExitCode(status) }
            return
        }
        guard painBefore == nil, painAfter == nil, soreSide == nil, !flare, !noContraindications else {
            throw ValidationError(
                "--pain-before, --pain-after, --sore-side, --flare and --no-contraindications are for --plain runs; on the full screen knead asks"
            )
        }
        let options = AppOptions(language: language, colors: settings.colors.value, voice: settings.voice.value, tick: settings.tick.value)
        let routines: [Routine]
        if let routine {
            routines = [try environment.routine(named: routine)]
        } else {
            let catalog = environment.catalog()
            environment.warn(about: catalog.failures)
            guard !catalog.entries.isEmpty else { throw ValidationError("no routines found") }
            routines = catalog.entries.map(\.routine)
        }
        let recorder = SessionRecorder.open(path: journalOptions.resolvedPath(in: environment), words: words)
        try? recorder.journal?.noteCourses(of: routines)
        let today = WallClock.now().day
        var model = AppModel(
            routines: routines, start: routine == nil ? .picker : .routine(routines[0].id), options: options,
            journal: recorder.journal?.facts(for: routines, today: today) ?? [:],
            recordedOptions: RecordedOptions.of(plain: false, settings: settings, timeScale: timeScale), today: today
        )
        if routine == nil { model.specialistOnly = SpecialistOnlyMethod.all }
        let status = InteractiveSession.run(
            model: model,
            options: TerminalOptions(
                colors: options.colors, timeScale: timeScale, bell: settings.bell.value,
                startingKeys: startKeys.flatMap(KeyName.keys(inList:)) ?? [], trapAtStep: trapAtStep
            ),
            speaker: speaker,
            journal: recorder
        )
        // The full screen ends with 1 only when the terminal or the system could not be set up.
        if status == 1 { throw ExitCode.terminalProblem }
        if status != 0 { throw ExitCode(status) }
    }
}
