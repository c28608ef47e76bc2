import Glibc
import KneadCore
import KneadJournal
import KneadSpeech
import KneadTerminal

/// Runs a session as plain lines of text, one per step, for pipes, logs and screen readers.
///
/// It reads the monotonic clock and sleeps until the session's next change; the engine decides
/// when steps start and end, exactly as in the full-screen session, and the session is recorded
/// in the journal as it goes. With a speaker it also speaks, as the full-screen session does (a
/// screen reader reads the lines, the voice calls the moves). Ctrl-C, SIGTERM and SIGHUP are
/// read from a signal descriptor in place of a sleep, so any speech is stopped and the journal
/// notes how the session ended before the signal ends the process.
struct PlainSessionRunner {
    var routine: Routine
    var language: String?
    /// How much faster than real time the session runs (a hidden option for tests).
    var timeScale: Double
    /// How much is spoken.
    var voice: VoiceLevel = .off
    /// The speaker; nil when the voice is off.
    var speaker: Speaker?
    /// Where the session is recorded.
    var recorder: SessionRecorder
    /// The ratings given on the command line.
    var pain: PainRatings
    /// The side that hurts more, as `--sore-side` gave it; nil when not given.
    var soreSide: SoreSide? = nil
    /// Whether `--flare` said it is a flare: gentle mode, and no routine that is not done in one.
    var flare = false
    /// The options the journal keeps with the session.
    var recordedOptions: [String: String]

    /// Runs the session to its end, recording it as it goes, and returns the exit status.
    func run() -> Int32 {
        guard let sleeper = SignalSleeper() else {
            StandardStream.error.write("knead: cannot watch signals (signalfd failed)\n")
            return 1
        }
        defer { sleeper.close() }
        var reportedProblem: SpeakerProblem?
        report(&reportedProblem)
        if flare && routine.safety.inFlare == .avoid {
            StandardStream.error.write("knead: \(routine.id) is not done during a flare (acute pain); choose a gentle routine, or wait until the flare passes\n")
            return 1
        }
        let timeline = Timeline(routine: routine, adaptation: TimelineAdaptation(soreSide: soreSide?.side, gentle: flare))
        guard !timeline.steps.isEmpty else {
            StandardStream.error.write("knead: in a flare nothing of \(routine.id) is left (it has no stroking or rest), so it cannot begin\n")
            return 1
        }
        let clock = MonotonicClock(scale: timeScale)
        var session = Session(timeline: timeline)
        var announcer = Announcer(level: voice, routine: routine, language: language)
        printHeader(session.timeline)
        record(.sessionStarted(SessionStartRecord(
            timeline: session.timeline, language: language, painBefore: pain.before, options: recordedOptions, courseLimitOverridden: false,
            soreSide: soreSide, flare: flare
        )))
        var effects = session.reduce(.started(at: clock.now()))
        while true {
            // A speaker starts first, as on the full screen; then the journal and the line.
            for request in announcer.requests(for: effects, in: session) { carryOut(request) }
            handle(effects, session: session)
            report(&reportedProblem)
            // Silent, only the step changes matter; spoken, also the halfway point and last seconds.
            let next = voice == .off ? session.deadline : session.nextChange(after: clock.now())
            guard session.phase == .running, let next else { break }
            for signal in sleeper.sleep(milliseconds: clock.pollTimeout(until: next, from: clock.now())) {
                if signal == SIGCHLD {
                    speaker?.reapExited()
                    report(&reportedProblem)
                } else {
                    speaker?.stop()
                    if let entry = JournalEntry.endedBySignal(session, at: clock.now()) { record(entry) }
                    sleeper.endProcess(with: signal)
                    return 128 + signal
                }
            }
            // Woken early (a speech program ended): nothing is due yet.
            let now = clock.now()
            effects = now >= next ? session.reduce(.ticked(at: now)) : []
        }
        record(.painAfter(pain.after))
        speaker?.reapExited()
        return 0
    }

    /// Speaks or stops speaking.
    private func carryOut(_ request: SpeechRequest) {
        switch request {
        case .speak(let announcement): speaker?.speak(announcement)
        case .stop: speaker?.stop()
        }
    }

    /// Says on standard error why speech does not work, when that is news since `reported`.
    private func report(_ reported: inout SpeakerProblem?) {
        guard let problem = speaker?.problem, problem != reported else { return }
        reported = problem
        printError("knead: " + problem.message(in: words))
    }

    /// Writes `entry` to the journal; a problem is printed once, as a warning, and the session goes on.
    private func record(_ entry: JournalEntry) {
        if let warning = recorder.record(entry, at: WallClock.now()) { printError(warning) }
    }

    private func printHeader(_ timeline: Timeline) {
        let title = routine.title.resolved(for: language)
        emit("\(title) — \(StepCount.text(timeline.steps.count, in: words)), \(timeline.totalDuration.clockText)")
        let stopIf = routine.safety.stopIf.map { $0.resolved(for: language) }
        if !stopIf.isEmpty { emit(words["cli.plain.stopIf"] + stopIf.joined(separator: "; ")) }
        if timeline.isGentle { emit(words["cli.plain.gentle"]) }
    }

    private func handle(_ effects: [SessionEffect], session: Session) {
        for effect in effects {
            JournalEntry.entries(for: effect).forEach(record)
            switch effect {
            case .stepStarted(let index):
                let step = session.timeline.steps[index]
                let start = session.timeline.durationBefore(step: index)
                var move = StepWording.name(of: step, language: language)
                if !step.isTransition, let side = step.side { move += ", " + words.side(side) }
                emit("\(start.clockText)  \(words("cli.plain.step", index + 1, session.timeline.steps.count))  \(move)  \(step.duration.clockText)")
            case .finished(let report):
                emit("\(session.timeline.totalDuration.clockText)  \(words("cli.plain.finished", StepCount.text(report.done.count, in: words), report.skipped.count))")
            case .halfway, .countdown, .beat, .paused, .resumed:
                break
            }
        }
    }

    /// knead's own words in the language the routine is shown in.
    private var words: Wording { Wording(code: language) }

    private func emit(_ line: String) {
        StandardStream.output.write(VisibleLine.sanitized(line) + "\n")
    }
}
