import Glibc
import KneadCore
import KneadSpeech
import KneadUI

/// The full-screen session in a real terminal: the entry point of the ncurses shell.
public enum InteractiveSession {
    /// Runs the app full-screen until it exits, and returns the exit status.
    ///
    /// Call it from the main thread before any other thread starts. SIGINT, SIGTERM and SIGHUP
    /// restore the terminal and then end the process by the same signal (statuses 130, 143 and
    /// 129 in a shell), so this only returns for an ordinary exit: the app's status, or 1 when
    /// the terminal cannot be used (with a message on standard error).
    ///
    /// With a `speaker`, cues are spoken; any speech still going stops when the session ends,
    /// however it ends, and if nothing could be spoken, standard error says why afterwards.
    /// Journal entries go to `journal`; its warnings are printed on standard error once the
    /// terminal is given back.
    public static func run(model: AppModel, options: TerminalOptions, speaker: Speaker? = nil, journal: JournalWriter? = nil) -> Int32 {
        guard let signals = SignalChannel() else {
            printError("cannot watch signals (signalfd failed: \(String(cString: strerror(errno))))")
            return 1
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(colors: options.colors)
        } catch {
            signals.close()
            printError(error.description)
            return 1
        }
        var loop = RunLoop(
            model: model, terminal: terminal, wakes: PollWakeSource(signals: signals),
            clock: MonotonicClock(scale: options.timeScale), bell: options.bell, speech: speaker, journal: journal,
            startingKeys: options.startingKeys, trapAtStep: options.trapAtStep
        )
        let outcome = loop.run()
        terminal.restore()
        if let problem = speaker?.problem { printError(problem.message(in: Wording(code: model.options.language))) }
        for warning in journal?.warnings ?? [] { printError(warning) }
        switch outcome {
        case .exited(let status):
            signals.close()
            return status
        case .signaled(let signal):
            signals.raiseWithDefaultAction(signal)
            signals.close()
            return 128 + signal
        }
    }

    /// Writes `message` to standard error as a `knead:` line.
    private static func printError(_ message: String) {
        let line = "knead: \(message)\n"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }
}
