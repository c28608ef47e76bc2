import Glibc
import KneadCore
import KneadUI

/// The shell's single loop: waits for a key, a signal or the model's next change, feeds what
/// happened to the model, draws, and carries out its commands.
///
/// It sleeps exactly until `AppModel.nextChange(after:)` (rounded up to a whole millisecond),
/// so an idle countdown wakes about once a second, a paused one not at all, and a key press is
/// drawn as soon as it arrives.
struct RunLoop<Terminal: TerminalDevice, Source: WakeSource, Clock: LoopClock> {
    /// How the loop ended.
    enum Outcome: Equatable {
        /// The app asked to exit with this status.
        case exited(status: Int32)
        /// A terminating signal (SIGINT, SIGTERM, SIGHUP) arrived.
        case signaled(Int32)
    }

    /// The app: its state, its reactions, its picture.
    private var model: AppModel
    /// The terminal it draws on.
    private let terminal: Terminal
    /// Where it waits: `poll()` on the terminal and the signals, in a real session.
    private var wakes: Source
    /// The session clock.
    private let clock: Clock
    /// Whether cues ring the bell.
    private let bell: Bool
    /// Keys the app gets before the first draw (a test hook).
    private let startingKeys: [Key]
    /// The step (from 1) at whose start the loop crashes on purpose (a test hook), or nil.
    private let trapAtStep: Int?
    /// Where spoken cues go; nil when the voice is off.
    private let speech: (any SpeechOutput)?
    /// Whether the loop stopped itself for Ctrl-Z and has already repainted since, so the
    /// SIGCONT that woke it needs no second (flickering) repaint.
    private var hasRepaintedAfterOwnStop = false
    /// The terminal size the model was last told about.
    private var modelSize: TerminalSize?
    /// Where the app's journal entries go, if anywhere.
    private let journal: JournalWriter?

    init(
        model: AppModel, terminal: Terminal, wakes: Source, clock: Clock, bell: Bool, speech: (any SpeechOutput)? = nil,
        journal: JournalWriter? = nil, startingKeys: [Key] = [], trapAtStep: Int? = nil
    ) {
        self.model = model
        self.terminal = terminal
        self.wakes = wakes
        self.clock = clock
        self.bell = bell
        self.startingKeys = startingKeys
        self.trapAtStep = trapAtStep
        self.speech = speech
        self.journal = journal
    }

    /// Runs until the app exits or a terminating signal arrives, then stops any speech still
    /// going; the terminal is still set up.
    mutating func run() -> Outcome {
        let outcome = runUntilTheEnd()
        speech?.stop()
        return outcome
    }

    private mutating func runUntilTheEnd() -> Outcome {
        noteSpeechProblem()
        terminal.adopt(terminal.currentSize())
        if let warning = journal?.warnings.last { _ = model.handle(.journalWarning(warning)) }
        for key in startingKeys {
            if let outcome = send(.key(key, at: clock.now())) { return outcome }
        }
        draw(at: clock.now())
        while true {
            let before = clock.now()
            let deadline = model.nextChange(after: before)
            let wake = wakes.wait(milliseconds: clock.pollTimeout(until: deadline, from: before))
            if wake.failed { return .exited(status: 1) }

            var needsDrawing = false
            for signal in wake.signals {
                if let outcome = handle(signal: signal) { return outcome }
                // A speech program ending changes nothing on the screen.
                if signal != SIGCHLD { needsDrawing = true }
            }
            // The terminal went away without a SIGHUP reaching us: end as a hang-up would,
            // rather than spin on a descriptor that is always ready.
            if wake.inputClosed {
                recordEnd()
                return .signaled(SIGHUP)
            }
            // Keys are read only when the terminal has some: each read drains ncurses' buffer.
            for input in wake.keysWaiting ? terminal.readPendingInput() : [] {
                switch input {
                case .resize:
                    terminal.adopt(terminal.currentSize())
                case .key(let key):
                    if let outcome = send(.key(key, at: clock.now())) { return outcome }
                }
                needsDrawing = true
            }
            let now = clock.now()
            if let deadline, now >= deadline {
                if let outcome = send(.tick(at: now)) { return outcome }
                needsDrawing = true
            }
            if needsDrawing { draw(at: now) }
        }
    }

    /// Reacts to one signal; returns an outcome when the loop must end.
    private mutating func handle(signal: Int32) -> Outcome? {
        switch signal {
        case SIGINT, SIGTERM, SIGHUP:
            recordEnd()
            return .signaled(signal)
        case SIGTSTP:
            if let outcome = send(.suspended(at: clock.now())) { return outcome }
            terminal.suspend()
            wakes.stopProcess(with: SIGTSTP)
            // Continued (or the stop was refused, as in an orphaned process group): take the
            // terminal back and repaint it; the session stays paused until a key resumes it.
            terminal.resume()
            hasRepaintedAfterOwnStop = true
        case SIGCONT:
            // After a stop by someone else (SIGSTOP), ncurses' picture of the screen is stale.
            if hasRepaintedAfterOwnStop {
                hasRepaintedAfterOwnStop = false
            } else if terminal.isActive {
                terminal.repaintEverything()
            } else {
                terminal.resume()
            }
        case SIGWINCH:
            terminal.adopt(terminal.currentSize())
        case SIGCHLD:
            speech?.reapExited()
            noteSpeechProblem()
        default:
            break
        }
        return nil
    }

    /// Tells the journal how far a session got when a signal ends it, from the engine's own account.
    private func recordEnd() {
        guard let session = model.sessionState, let entry = JournalEntry.endedBySignal(session, at: clock.now()) else { return }
        _ = journal?.write(entry)
    }

    /// Feeds an input to the model and carries out its commands; returns an outcome on exit.
    private mutating func send(_ input: AppInput) -> Outcome? {
        for command in model.handle(input) {
            switch command {
            case .exit(let status):
                return .exited(status: status)
            case .cue(.stepStarted(let index)):
                if let trapAtStep, index + 1 == trapAtStep {
                    fatalError("the test-only trap at step \(trapAtStep)")
                }
                if bell { terminal.ringBell() }
            case .cue(.countdown):
                if bell { terminal.ringBell() }
            case .cue(.beat):
                // Beats reach the loop only when the person asked for them to tick.
                terminal.ringBell()
            case .cue:
                break
            case .speech(.speak(let announcement)):
                speech?.speak(announcement)
                noteSpeechProblem()
            case .speech(.stop):
                speech?.stop()
            case .record(let entry):
                if let warning = journal?.write(entry) { _ = model.handle(.journalWarning(warning)) }
            }
        }
        return nil
    }

    /// Tells the model why nothing is spoken, once the speaker knows.
    private mutating func noteSpeechProblem() {
        if let line = speech?.problemLine, model.speechProblem != line { model.noteSpeechProblem(line) }
    }

    /// Renders the model at the terminal's size and draws it.
    private mutating func draw(at now: Instant) {
        let size = terminal.adoptedSize
        if size != modelSize {
            model.resize(width: size.width, height: size.height)
            modelSize = size
        }
        terminal.draw(model.render(width: size.width, height: size.height, at: now))
    }
}
