import Glibc
import KneadCore
import KneadJournal
import KneadTerminal

/// Runs a session as plain lines of text, one per step, for pipes, logs and screen readers.
///
/// It reads the monotonic clock and sleeps until each step's deadline; the engine decides
/// when steps start and end, exactly as in the full-screen session.
struct PlainSessionRunner {
    var routine: Routine
    var language: String?
    /// How much faster than real time the session runs (a hidden option for tests).
    var timeScale: Double
    /// Where the session is recorded.
    var recorder: SessionRecorder
    /// The ratings given on the command line.
    var pain: PainRatings
    /// The options the journal keeps with the session.
    var recordedOptions: [String: String]

    /// The signals that end a plain session: it notes them in the journal, then ends by them.
    static let endingSignals = [SIGINT, SIGTERM, SIGHUP]

    /// Runs the session to its end, recording it as it goes, and returns the exit status.
    ///
    /// Ctrl-C, SIGTERM and SIGHUP are held back while it runs and waited for in place of a
    /// sleep, so the journal notes how the session ended before the signal ends the process.
    func run() -> Int32 {
        var endingSet = sigset_t()
        sigemptyset(&endingSet)
        for signal in Self.endingSignals { sigaddset(&endingSet, signal) }
        sigprocmask(SIG_BLOCK, &endingSet, nil)
        let clock = MonotonicClock(scale: timeScale)
        var session = Session(timeline: Timeline(routine: routine))
        printHeader(session.timeline)
        record(.sessionStarted(SessionStartRecord(
            timeline: session.timeline, language: language, painBefore: pain.before, options: recordedOptions, courseLimitOverridden: false
        )))
        handle(session.reduce(.started(at: clock.now())), session: session)
        while session.phase == .running, let deadline = session.deadline {
            if let signal = Self.waitForSignal(in: endingSet, milliseconds: clock.pollTimeout(until: deadline, from: clock.now())) {
                // The engine's own account of how far it got: steps done, skipped, time spent.
                for case .finished(let report) in session.reduce(.quitConfirmed(at: clock.now())) {
                    record(.sessionEnded(report, .signal))
                }
                Glibc.signal(signal, SIG_DFL)
                sigprocmask(SIG_UNBLOCK, &endingSet, nil)
                raise(signal)
                return 128 + signal
            }
            handle(session.reduce(.ticked(at: max(clock.now(), deadline))), session: session)
        }
        record(.painAfter(pain.after))
        sigprocmask(SIG_UNBLOCK, &endingSet, nil)
        return 0
    }

    /// Writes `entry` to the journal; a problem is printed once, as a warning, and the session goes on.
    private func record(_ entry: JournalEntry) {
        if let warning = recorder.record(entry, at: WallClock.now()) { printError(warning) }
    }

    private func printHeader(_ timeline: Timeline) {
        let title = routine.title.resolved(for: language)
        emit("\(title) — \(StepCount.text(timeline.steps.count)), \(timeline.totalDuration.clockText)")
        let stopIf = routine.safety.stopIf.map { $0.resolved(for: language) }
        if !stopIf.isEmpty { emit("Stop at once if: " + stopIf.joined(separator: "; ")) }
    }

    private func handle(_ effects: [SessionEffect], session: Session) {
        for effect in effects {
            switch effect {
            case .stepStarted(let index):
                let step = session.timeline.steps[index]
                let start = session.timeline.durationBefore(step: index)
                var move = StepWording.name(of: step, language: language)
                if !step.isTransition, let side = step.side { move += ", \(side.rawValue) side" }
                emit("\(start.clockText)  step \(index + 1)/\(session.timeline.steps.count)  \(move)  \(step.duration.clockText)")
                record(.stepStarted(index: index))
            case .finished(let report):
                record(.sessionEnded(report, report.endedEarly ? .quit : .finished))
                emit("\(session.timeline.totalDuration.clockText)  finished: \(StepCount.text(report.done.count)) done, \(report.skipped.count) skipped")
            case .halfway, .countdown, .paused, .resumed:
                break
            }
        }
    }

    /// Sleeps for `milliseconds` of real time, or until one of the blocked signals of `set`
    /// arrives; returns that signal, or nil when the time ran out.
    private static func waitForSignal(in set: sigset_t, milliseconds: Int32) -> Int32? {
        var set = set
        var timeout = timespec(tv_sec: Int(max(0, milliseconds) / 1000), tv_nsec: Int(max(0, milliseconds) % 1000) * 1_000_000)
        while true {
            let signal = sigtimedwait(&set, nil, &timeout)
            if signal > 0 { return signal }
            if errno != EINTR { return nil }
        }
    }

    private func emit(_ line: String) {
        StandardStream.output.write(VisibleLine.sanitized(line) + "\n")
    }
}
