import ArgumentParser
import Glibc
import KneadCore
import KneadJournal
import KneadSpeech
import KneadTerminal
import KneadUI

/// Runs a session as plain lines of text, one per step, for pipes, logs and screen readers.
///
/// When standard input is a terminal it first asks the full screen's questions as lines
/// (`PlainSafetyQuestions`), and the pain after the last step; otherwise it asks nothing,
/// shows the contraindications not confirmed, and runs as the command line says.
/// It follows the session through the same `SessionDriver` as the full screen, so it says the
/// same sentences and records the same rows in the same order; it only shows them as lines.
/// It reads the monotonic clock and sleeps until the session's next change. Ctrl-C, SIGTERM
/// and SIGHUP are read from a signal descriptor in place of a sleep, so any speech is stopped
/// and the journal notes how the session ended before the signal ends the process.
struct PlainSessionRunner {
    var routine: Routine
    /// The person's language, voice and tick.
    var options: AppOptions
    /// How much faster than real time the session runs (a hidden option for tests).
    var timeScale: Double
    /// The speaker; nil when the voice is off.
    var speaker: Speaker?
    /// Where the session is recorded.
    var recorder: SessionRecorder
    /// The answers given on the command line: `--no-contraindications`, `--sore-side`,
    /// `--flare` (gentle mode, and no routine that is not done in one) and the pain ratings.
    var ahead: AnswersAhead
    /// Whether to ask what the command line did not answer: standard input is a terminal.
    var asks: Bool
    /// The options the journal keeps with the session.
    var recordedOptions: [String: String]
    /// What the journal knew of the routine before the session, for the course's standing after it.
    var facts: RoutineJournalFacts?

    /// Runs the session to its end, recording it as it goes, and returns the exit status.
    func run() -> Int32 {
        guard let (plan, painBefore, unasked) = settleSafety() else { return ExitCode.notStartedForSafety.rawValue }
        guard let sleeper = SignalSleeper() else {
            printError("knead: " + words[.cliPlainNoSignals])
            return ExitCode.terminalProblem.rawValue
        }
        let followed = follow(plan, painBefore: painBefore, unasked: unasked, sleeper: sleeper)
        sleeper.close()
        var driver: SessionDriver
        switch followed {
        case .success(let followedDriver): driver = followedDriver
        case .failure(let ending): return ending.status
        }
        let painAfter = ahead.pain.after ?? (asks ? asker.askPainAfter() : nil)
        carryOut(driver.ratePainAfter(painAfter), session: driver.session)
        printSummary(driver)
        speaker?.reapExited()
        return 0
    }

    /// The plan of the session and the pain before it, as answered on the command line and,
    /// with a terminal to ask on, by the questions; nil (after saying why) when nothing starts.
    /// Without a terminal, also the safety check that was not asked, shown once the session begins.
    private func settleSafety() -> (plan: SessionPlan, painBefore: Int?, unasked: UnaskedSafety?)? {
        guard asks else {
            let unasked = UnaskedSafety(routine: routine, facts: facts, ahead: ahead)
            return (unasked.plan, ahead.pain.before, unasked)
        }
        switch asker.askBeforeSession(PlainSafetyQuestions(routine: routine, facts: facts, ahead: ahead)) {
        case .begin(let plan, let painBefore):
            return (plan, painBefore, nil)
        case .stop(let reason):
            printError("knead: " + wording.reason(reason, routineID: routine.id))
            return nil
        }
    }

    /// Follows the session as `plan` has it until it ends, and returns its driver; or how the
    /// process ends instead (it could not begin, or a signal ended it).
    private func follow(
        _ plan: SessionPlan, painBefore: Int?, unasked: UnaskedSafety?, sleeper: SignalSleeper
    ) -> Result<SessionDriver, PlainRunEnding> {
        var reportedProblem: SpeakerProblem?
        report(&reportedProblem)
        let clock = MonotonicClock(scale: timeScale)
        guard let begun = SessionDriver.begin(
            routine, plan: plan, painBefore: painBefore, options: options, recordedOptions: recordedOptions, at: clock.now()
        ) else {
            let refusal = SessionDriver.refusal(of: routine, plan: plan) ?? .noSteps
            printError("knead: " + wording.reason(.refused(refusal), routineID: routine.id))
            return .failure(PlainRunEnding(status: ExitCode.notStartedForSafety.rawValue))
        }
        var driver = begun.driver
        printHeader(driver.session.timeline)
        if let unasked { show(unasked) }
        carryOut(begun.commands, session: driver.session)
        while true {
            report(&reportedProblem)
            let session = driver.session
            // Silent, only the step changes matter; spoken, also the halfway point and last seconds.
            let next = options.voice == .off ? session.deadline : session.nextChange(after: clock.now())
            guard !driver.hasEnded, let next else { break }
            for signal in sleeper.sleep(milliseconds: clock.pollTimeout(until: next, from: clock.now())) {
                if signal == SIGCHLD {
                    speaker?.reapExited()
                    report(&reportedProblem)
                } else {
                    speaker?.stop()
                    if let entry = JournalEntry.endedBySignal(session, at: clock.now()) { record(entry) }
                    sleeper.endProcess(with: signal)
                    return .failure(PlainRunEnding(status: 128 + signal))
                }
            }
            // Woken early (a speech program ended): nothing is due yet.
            let now = clock.now()
            if now >= next { carryOut(driver.send(.ticked(at: now)), session: driver.session) }
        }
        return .success(driver)
    }

    /// Carries out what the driver asks, in its order: speech, then the lines and journal rows.
    private func carryOut(_ commands: [AppCommand], session: Session) {
        for command in commands {
            switch command {
            case .speech(.speak(let announcement)): speaker?.speak(announcement)
            case .speech(.stop): speaker?.stop()
            case .record(let entry): record(entry)
            case .cue(let effect): show(effect, session: session)
            case .exit: break
            }
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
        if !stopIf.isEmpty { emit(words[.cliPlainStopIf] + stopIf.joined(separator: "; ")) }
        if timeline.isGentle { emit(words[.cliPlainGentle]) }
    }

    /// The contraindications that nobody could confirm, after the header, and the journal's
    /// note of them: not asked, or none applies as `--no-contraindications` said.
    private func show(_ unasked: UnaskedSafety) {
        if unasked.showsUnconfirmedList {
            for line in wording.contraindications(of: routine) + [wording.notConfirmed] { emit(line) }
        }
        if let answer = unasked.answer { record(.safetyAnswered(answer)) }
    }

    /// The line for a step that starts, and for the end.
    private func show(_ effect: SessionEffect, session: Session) {
        switch effect {
        case .stepStarted(let index):
            let step = session.timeline.steps[index]
            let start = session.timeline.durationBefore(step: index)
            var move = StepWording.name(of: step, language: language)
            if !step.isTransition, let side = step.side { move += ", " + words.side(side) }
            let place = step.isTransition ? nil : words.place(of: step.stage)
            emit("\(start.clockText)  \(words(.cliPlainStep, index + 1, session.timeline.steps.count))  \(move)  \(step.duration.clockText)"
                + (place.map { " · " + $0 } ?? ""))
        case .finished(let report):
            emit("\(session.timeline.totalDuration.clockText)  \(words(.cliPlainFinished, StepCount.text(report.done.count, in: words), report.skipped.count))")
        case .halfway, .countdown, .beat, .paused, .resumed:
            break
        }
    }

    /// The summary after the session, as the full screen's: the pain before and after, and
    /// where the course now stands.
    private func printSummary(_ driver: SessionDriver) {
        let pain = driver.pain
        if pain.before != nil || pain.after != nil {
            emit(words[.finishedPain] + " " + PainScale.change(before: pain.before, after: pain.after))
        }
        guard var facts else { return }
        facts.note(driver.outcome, of: routine)
        if facts.standing.lastSessionDay != nil { emit(words[.cliPlainCourse] + " " + facts.standing.summary(in: words)) }
    }

    private var language: String? { options.language }

    /// The questions' words in the person's language.
    private var wording: PlainQuestionWording { PlainQuestionWording(words: words) }

    /// Asks on standard input what the command line did not answer.
    private var asker: PlainQuestionAsker { PlainQuestionAsker(wording: wording, record: record) }

    /// knead's own words in the language the routine is shown in.
    private var words: Wording { Wording(code: language) }

    private func emit(_ line: String) {
        StandardStream.output.writeVisibleLine(line)
    }
}
