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

    /// Runs the session to its end, recording it as it goes, and returns the exit status.
    func run() -> Int32 {
        let clock = MonotonicClock(scale: timeScale)
        var session = Session(timeline: Timeline(routine: routine))
        printHeader(session.timeline)
        record(.sessionStarted(SessionStartRecord(
            timeline: session.timeline, language: language, painBefore: pain.before, options: recordedOptions, courseLimitOverridden: false
        )))
        handle(session.reduce(.started(at: clock.now())), session: session)
        while session.phase == .running, let deadline = session.deadline {
            Self.sleep(milliseconds: clock.pollTimeout(until: deadline, from: clock.now()))
            handle(session.reduce(.ticked(at: max(clock.now(), deadline))), session: session)
        }
        record(.painAfter(pain.after))
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

    /// Sleeps for `milliseconds` of real time, going on sleeping when a signal interrupts it.
    private static func sleep(milliseconds: Int32) {
        guard milliseconds > 0 else { return }
        var request = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
        var remaining = timespec()
        while nanosleep(&request, &remaining) == -1 && errno == EINTR { request = remaining }
    }

    private func emit(_ line: String) {
        StandardStream.output.write(VisibleLine.sanitized(line) + "\n")
    }
}
