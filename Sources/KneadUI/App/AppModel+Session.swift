import KneadCore

/// Beginning a session, its keys and boxes (quit, "it hurts"), and the commands its events call for.
extension AppModel {
    /// Starts a session of the routine at `now` and has the journal record it; a routine
    /// without steps cannot start.
    mutating func begin(_ plan: SessionPlan, painBefore: Int?, at now: Instant) -> [AppCommand] {
        let routineIndex = plan.routineIndex
        let timeline = Timeline(routine: routines[routineIndex], adaptation: plan.adaptation)
        guard !timeline.steps.isEmpty else { return [] }
        sessionNotes = SessionNotes(soreSide: plan.soreSide)
        var session = Session(timeline: timeline)
        let effects = session.reduce(.started(at: now))
        mode = .session(session)
        pain = PainRatings(before: painBefore)
        announcer = Announcer(level: options.voice, routine: routines[routineIndex], language: options.language)
        let start = SessionStartRecord(
            timeline: timeline, language: options.language, painBefore: painBefore,
            options: recordedOptions, courseLimitOverridden: plan.courseLimitOverridden, soreSide: plan.soreSide, flare: plan.flare
        )
        // The first sentence goes out before the journal is written, so the voice starts at once.
        let following = commands(for: effects, in: session)
        let spoken = following.prefix { if case .speech = $0 { true } else { false } }
        return Array(spoken) + [.record(.sessionStarted(start))] + following.dropFirst(spoken.count)
    }

    /// Applies a session key: pause, skip, back, restart, more or less time, "it hurts", help, quit.
    mutating func handleSessionKey(_ key: Key, at now: Instant) -> [AppCommand] {
        guard let command = SessionCommand.bindings.command(for: key) else { return [] }
        switch command {
        case .pauseOrResume: return send(.pauseKeyPressed(at: now))
        case .nextStep: return send(.nextKeyPressed(at: now))
        case .back: return send(.backKeyPressed(at: now))
        case .restartStep: return send(.restartKeyPressed(at: now))
        case .addTime: return send(.timeAdjusted(by: Self.timeAdjustment, at: now))
        case .removeTime: return send(.timeAdjusted(by: .zero - Self.timeAdjustment, at: now))
        case .itHurts: return pressItHurts(at: now)
        case .showHelp: overlay = .help
        case .askToQuit: overlay = .quitConfirmation
        }
        return []
    }

    /// Pauses at once and opens the "it hurts" box; the voice says "Ease off." instead of "Paused."
    mutating func pressItHurts(at now: Instant) -> [AppCommand] {
        guard case .session(let session) = mode else { return [] }
        let wasRunning = session.phase == .running
        sessionNotes.itHurtsPresses += 1
        let commands = send(.hurtKeyPressed(at: now)).filter { if case .speech = $0 { false } else { true } }
        guard case .session(let paused) = mode else { return commands }
        overlay = .itHurts(ItHurtsBox(press: sessionNotes.itHurtsPresses, alreadyGentle: paused.isGentle, wasRunning: wasRunning))
        return (announcer?.easeOff() ?? []).map(AppCommand.speech) + commands
    }

    /// Carries out the choice made in the "it hurts" box, and has the journal note it with its step.
    mutating func handleItHurtsKey(_ key: Key, box: ItHurtsBox, at now: Instant) -> [AppCommand] {
        guard let choice = box.choice(for: key), case .session(let session) = mode else { return [] }
        overlay = nil
        sessionNotes.lastItHurtsChoice = choice
        let step = session.currentStep
        let noted = AppCommand.record(.itHurts(
            step: session.currentIndex + 1, stepName: SessionStartRecord.name(of: step, language: options.language), choice: choice
        ))
        // Once an event has ended the session, `send` leaves the rest alone.
        return [noted] + box.events(for: choice, at: now).flatMap { send($0) }
    }

    /// Ends the session on `y`, closes the box on `n` or Esc, and ignores other keys.
    mutating func handleQuitConfirmation(_ key: Key, at now: Instant) -> [AppCommand] {
        switch QuitConfirmationCommand.bindings.command(for: key) {
        case .confirm:
            overlay = nil
            return send(.quitConfirmed(at: now))
        case .keepGoing:
            overlay = nil
        case nil:
            break
        }
        return []
    }

    /// Sends an event to the session, if one is under way, and moves to the summary when it ends.
    mutating func send(_ event: SessionEvent) -> [AppCommand] {
        guard case .session(var session) = mode else { return [] }
        let effects = session.reduce(event)
        if session.phase == .finished {
            mode = .painAfter(session, PainQuestion(moment: .after, highlighted: pain.before, reference: pain))
            overlay = nil
        } else {
            mode = .session(session)
        }
        return commands(for: effects, in: session)
    }

    /// The commands for what an event did to `session`: what to say first (a speaker starts at
    /// once, before anything else is done), then its cues (beats only when they tick) and the
    /// journal entries they call for. The session's notes learn how far it got.
    mutating func commands(for effects: [SessionEffect], in session: Session) -> [AppCommand] {
        sessionNotes.note(effects)
        let speech = announcer?.requests(for: effects, in: session) ?? []
        let cues = effects.flatMap { effect -> [AppCommand] in
            let cue: [AppCommand] = if case .beat = effect, !options.tick { [] } else { [.cue(effect)] }
            return cue + JournalEntry.entries(for: effect).map(AppCommand.record)
        }
        return speech.map(AppCommand.speech) + cues
    }

    /// Goes back to the picker when the app began there, or exits.
    mutating func leaveRoutine() -> [AppCommand] {
        overlay = nil
        if case .finished(let session) = mode, let report = session.report {
            // What the journal now holds, so the picker's standing and the next safety check are current.
            let routine = session.timeline.routine
            journal[routine.id]?.noteSession(
                finished: !report.endedEarly, stepReached: sessionNotes.stepReached, course: routine.course, pain: pain,
                soreSide: sessionNotes.soreSide, endedOnItHurts: sessionNotes.endedOnItHurts
            )
        }
        guard startedFromPicker else { return [.exit(status: 0)] }
        mode = .picker
        return []
    }
}
