/// The session engine: the state of a session run through a timeline, changed only by `reduce`.
///
/// The engine never reads a clock. Every event carries its instant, and time left is computed
/// from instants (when the step started, how long it was paused), so irregular or late ticks
/// never make it drift. A step that ends starts the next one at its exact deadline.
public struct Session: Hashable, Sendable {
    /// Pressing back within this long of a step's start goes to the previous step.
    public static let backToPreviousWindow: Duration = .seconds(3)
    /// The last seconds of a step that are counted out loud.
    public static let countdownSeconds = [3, 2, 1]

    /// The steps being walked through.
    public let timeline: Timeline
    /// Where the session stands.
    public private(set) var phase: SessionPhase = .ready
    /// The step being done, by index into `timeline.steps`.
    public private(set) var currentIndex = 0
    /// When the current step started, or last restarted.
    public private(set) var stepStartedAt = Instant(sinceOrigin: .zero)
    /// The current step's length, with any time added or removed.
    public private(set) var stepDuration: Duration
    /// The time the current step spent paused, pauses still under way left out.
    public private(set) var stepPausedTime: Duration = .zero
    /// When the current pause began, while paused.
    public private(set) var pausedAt: Instant?
    /// When the session started.
    public private(set) var startedAt: Instant?
    /// When the session ended.
    public private(set) var finishedAt: Instant?
    /// The time the whole session spent paused, pauses still under way left out.
    public private(set) var sessionPausedTime: Duration = .zero
    /// How each step ended, by index; nil for a step not ended yet.
    public private(set) var outcomes: [StepOutcome?]
    /// The report, once the session has ended.
    public private(set) var report: SessionReport?
    /// Whether only stroking and rest steps run: from the start (a gentle timeline) or since
    /// gentle mode was chosen during the session.
    public private(set) var isGentle: Bool

    /// Whether the current step's halfway cue has come out.
    private(set) var halfwayAnnounced = false
    /// The smallest last-seconds count the current step has given; `Int.max` before the first.
    private(set) var smallestCountdownAnnounced = Int.max
    /// The last movement of a paced step whose beat has come out; 0 before the first.
    private(set) var lastStrokeAnnounced = 0

    /// Creates a session, ready to start at the first step.
    public init(timeline: Timeline) {
        precondition(!timeline.steps.isEmpty, "a session needs at least one step")
        self.timeline = timeline
        self.stepDuration = timeline.steps[0].duration
        self.outcomes = Array(repeating: nil, count: timeline.steps.count)
        self.isGentle = timeline.isGentle
    }

    /// Applies an event and returns what the shell should carry out, in order.
    public mutating func reduce(_ event: SessionEvent) -> [SessionEffect] {
        let now = event.instant
        var effects: [SessionEffect] = []
        if case .started = event {
            guard phase == .ready else { return [] }
            phase = .running
            startedAt = now
            startStep(0, at: now, effects: &effects)
            return effects
        }
        guard phase == .running || phase == .paused else { return [] }
        advance(to: now, effects: &effects)
        guard phase != .finished else { return effects }

        switch event {
        case .started, .ticked:
            break
        case .pauseKeyPressed:
            if phase == .running { pause(at: now, effects: &effects) } else { resume(at: now, effects: &effects) }
        case .suspended, .hurtKeyPressed:
            if phase == .running { pause(at: now, effects: &effects) }
        case .nextKeyPressed:
            outcomes[currentIndex] = .skipped
            moveOn(at: now, endedEarly: false, effects: &effects)
        case .backKeyPressed:
            let previousIndex = elapsedInStep(at: now) < Self.backToPreviousWindow ? previousRunnableIndex(before: currentIndex) : nil
            outcomes[currentIndex] = nil
            if let previousIndex { outcomes[previousIndex] = nil }
            startStep(previousIndex ?? currentIndex, at: now, effects: &effects)
        case .restartKeyPressed:
            startStep(currentIndex, at: now, effects: &effects)
        case .timeAdjusted(let change, _):
            adjustTime(by: change, at: now, effects: &effects)
        case .quitConfirmed:
            outcomes[currentIndex] = .skipped
            finish(at: now, endedEarly: true, effects: &effects)
        case .gentleModeChosen:
            guard !isGentle else { break }
            isGentle = true
            if !isRunnable(currentIndex) {
                outcomes[currentIndex] = .leftOut
                moveOn(at: now, endedEarly: false, effects: &effects)
            }
        }
        return effects
    }

    // MARK: - Changing the state

    /// Ends every step whose deadline has passed, starting each next step at its deadline,
    /// then emits the cues that are due.
    private mutating func advance(to now: Instant, effects: inout [SessionEffect]) {
        while phase == .running, let deadline, now >= deadline {
            outcomes[currentIndex] = .done
            moveOn(at: deadline, endedEarly: false, effects: &effects)
        }
        guard phase == .running else { return }
        let elapsed = elapsedInStep(at: now)
        if !halfwayAnnounced && elapsed >= stepDuration / 2 {
            halfwayAnnounced = true
            effects.append(.halfway(index: currentIndex))
        }
        let left = timeLeftInStep(at: now)
        let due = Self.countdownSeconds.filter { left <= .seconds($0) && $0 < stepDuration.secondsRoundedUp }
        if let smallest = due.min(), smallest < smallestCountdownAnnounced {
            smallestCountdownAnnounced = smallest
            effects.append(.countdown(secondsLeft: smallest, index: currentIndex))
        }
        beatIfDue(at: now, effects: &effects)
    }

    /// Gives the beat of the movement under way at `now`, if it has not come out yet.
    private mutating func beatIfDue(at now: Instant, effects: inout [SessionEffect]) {
        guard phase == .running, let pace = currentPace else { return }
        let stroke = pace.stroke(after: elapsedInStep(at: now))
        if stroke > lastStrokeAnnounced {
            lastStrokeAnnounced = stroke
            effects.append(.beat(stroke: stroke, of: pace.strokes, index: currentIndex))
        }
    }

    /// Goes to the next step that runs at `now`, or finishes after the last one; in gentle
    /// mode the steps passed over are left out.
    private mutating func moveOn(at now: Instant, endedEarly: Bool, effects: inout [SessionEffect]) {
        var next = currentIndex + 1
        while next < timeline.steps.count && !isRunnable(next) {
            outcomes[next] = .leftOut
            next += 1
        }
        if next < timeline.steps.count {
            startStep(next, at: now, effects: &effects)
        } else {
            finish(at: now, endedEarly: endedEarly, effects: &effects)
        }
    }

    /// Whether step `index` runs: every step does, except in gentle mode, where only stroking
    /// and rest (and the get-ready steps before them) do.
    func isRunnable(_ index: Int) -> Bool {
        !isGentle || timeline.steps[index].stage.technique.staysInGentleMode
    }

    /// The nearest step before `index` that runs, if any.
    private func previousRunnableIndex(before index: Int) -> Int? {
        (0..<index).last { isRunnable($0) }
    }

    /// Begins step `index` at `now` from its full planned length; a paused session stays paused.
    private mutating func startStep(_ index: Int, at now: Instant, effects: inout [SessionEffect]) {
        if let pausedAt {
            sessionPausedTime += now - pausedAt
            self.pausedAt = now
        }
        currentIndex = index
        stepStartedAt = now
        stepPausedTime = .zero
        stepDuration = timeline.steps[index].duration
        halfwayAnnounced = false
        smallestCountdownAnnounced = Int.max
        lastStrokeAnnounced = 0
        effects.append(.stepStarted(index: index))
        beatIfDue(at: now, effects: &effects)
    }

    private mutating func pause(at now: Instant, effects: inout [SessionEffect]) {
        phase = .paused
        pausedAt = now
        effects.append(.paused)
    }

    private mutating func resume(at now: Instant, effects: inout [SessionEffect]) {
        guard let pausedAt else { return }
        stepPausedTime += now - pausedAt
        sessionPausedTime += now - pausedAt
        self.pausedAt = nil
        phase = .running
        effects.append(.resumed)
        beatIfDue(at: now, effects: &effects)
    }

    /// Lengthens or shortens the current step, never below the time it has already run.
    ///
    /// The halfway cue still comes once per step; the last-seconds countdown comes again when
    /// time is added during it.
    private mutating func adjustTime(by change: Duration, at now: Instant, effects: inout [SessionEffect]) {
        let elapsed = elapsedInStep(at: now)
        stepDuration = max(elapsed, stepDuration + change)
        halfwayAnnounced = halfwayAnnounced || elapsed >= stepDuration / 2
        let left = stepDuration - elapsed
        smallestCountdownAnnounced = Self.countdownSeconds.filter { left <= .seconds($0) }.min() ?? Int.max
        // A new length can change the rhythm: the movement under way now has had its beat.
        if let pace = currentPace, lastStrokeAnnounced > 0 { lastStrokeAnnounced = pace.stroke(after: elapsed) }
        if phase == .running {
            advance(to: now, effects: &effects)
        } else if left == .zero {
            outcomes[currentIndex] = .done
            moveOn(at: now, endedEarly: false, effects: &effects)
        }
    }

    private mutating func finish(at now: Instant, endedEarly: Bool, effects: inout [SessionEffect]) {
        if let pausedAt {
            sessionPausedTime += now - pausedAt
            self.pausedAt = nil
        }
        phase = .finished
        finishedAt = now
        let indices = outcomes.indices
        let report = SessionReport(
            done: indices.filter { outcomes[$0] == .done },
            skipped: indices.filter { outcomes[$0] == .skipped },
            notReached: indices.filter { outcomes[$0] == nil },
            leftOut: indices.filter { outcomes[$0] == .leftOut },
            activeTime: now - (startedAt ?? now) - sessionPausedTime,
            pausedTime: sessionPausedTime,
            endedEarly: endedEarly
        )
        self.report = report
        effects.append(.finished(report))
    }
}
