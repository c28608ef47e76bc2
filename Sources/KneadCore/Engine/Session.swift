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

    private var halfwayAnnounced = false
    private var smallestCountdownAnnounced = Int.max

    /// Creates a session, ready to start at the first step.
    public init(timeline: Timeline) {
        precondition(!timeline.steps.isEmpty, "a session needs at least one step")
        self.timeline = timeline
        self.stepDuration = timeline.steps[0].duration
        self.outcomes = Array(repeating: nil, count: timeline.steps.count)
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
        case .suspended:
            if phase == .running { pause(at: now, effects: &effects) }
        case .nextKeyPressed:
            outcomes[currentIndex] = .skipped
            moveOn(at: now, endedEarly: false, effects: &effects)
        case .backKeyPressed:
            let previous = elapsedInStep(at: now) < Self.backToPreviousWindow && currentIndex > 0
            outcomes[currentIndex] = nil
            if previous { outcomes[currentIndex - 1] = nil }
            startStep(previous ? currentIndex - 1 : currentIndex, at: now, effects: &effects)
        case .restartKeyPressed:
            startStep(currentIndex, at: now, effects: &effects)
        case .timeAdjusted(let change, _):
            adjustTime(by: change, at: now, effects: &effects)
        case .quitConfirmed:
            outcomes[currentIndex] = .skipped
            finish(at: now, endedEarly: true, effects: &effects)
        }
        return effects
    }

    // MARK: - Reading the state at an instant

    /// The step being done.
    public var currentStep: Step { timeline.steps[currentIndex] }

    /// The step after the current one, if any.
    public var nextStep: Step? {
        currentIndex + 1 < timeline.steps.count ? timeline.steps[currentIndex + 1] : nil
    }

    /// How long the current step has run at `now`, pauses left out, between zero and its length.
    public func elapsedInStep(at now: Instant) -> Duration {
        guard phase == .running || phase == .paused else { return phase == .finished ? stepDuration : .zero }
        let clock = pausedAt ?? now
        let elapsed = clock - stepStartedAt - stepPausedTime
        return min(max(elapsed, .zero), stepDuration)
    }

    /// How long the current step still has to run at `now`.
    public func timeLeftInStep(at now: Instant) -> Duration {
        stepDuration - elapsedInStep(at: now)
    }

    /// How long the whole session still has to run at `now`, as planned from here.
    public func timeLeftInSession(at now: Instant) -> Duration {
        guard phase != .finished else { return .zero }
        return timeLeftInStep(at: now) + timeline.durationAfter(step: currentIndex)
    }

    /// The share of the current step done at `now`, from 0 to 1.
    public func stepProgress(at now: Instant) -> Double {
        guard stepDuration > .zero else { return 1 }
        return min(1, elapsedInStep(at: now).inSeconds / stepDuration.inSeconds)
    }

    /// The share of the whole session done at `now`, from 0 to 1.
    public func sessionProgress(at now: Instant) -> Double {
        guard phase != .finished else { return 1 }
        let done = timeline.durationBefore(step: currentIndex) + elapsedInStep(at: now)
        let total = done + timeLeftInSession(at: now)
        guard total > .zero else { return 1 }
        return min(1, done.inSeconds / total.inSeconds)
    }

    /// When the current step ends, while the session runs.
    public var deadline: Instant? {
        phase == .running ? stepStartedAt + stepPausedTime + stepDuration : nil
    }

    /// The next instant after `now` at which the session or its countdown can change, if any.
    ///
    /// While running, that is the next whole-second change of the countdown, a cue, or the end
    /// of the step; paused or ended, nothing changes until the person acts, so it is nil.
    public func nextChange(after now: Instant) -> Instant? {
        guard let deadline, deadline > now else { return deadline }
        let left = deadline - now
        let shownSeconds = left.secondsRoundedUp
        var candidates = [deadline, deadline - .seconds(shownSeconds - 1)]
        if !halfwayAnnounced { candidates.append(halfwayInstant) }
        candidates += Self.countdownSeconds.filter { $0 < smallestCountdownAnnounced }.map { deadline - .seconds($0) }
        return candidates.filter { $0 > now }.min()
    }

    // MARK: - Changing the state

    private var halfwayInstant: Instant {
        stepStartedAt + stepPausedTime + stepDuration / 2
    }

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
    }

    /// Goes to the next step at `now`, or finishes after the last one.
    private mutating func moveOn(at now: Instant, endedEarly: Bool, effects: inout [SessionEffect]) {
        if currentIndex + 1 < timeline.steps.count {
            startStep(currentIndex + 1, at: now, effects: &effects)
        } else {
            finish(at: now, endedEarly: endedEarly, effects: &effects)
        }
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
        effects.append(.stepStarted(index: index))
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
            activeTime: now - (startedAt ?? now) - sessionPausedTime,
            pausedTime: sessionPausedTime,
            endedEarly: endedEarly
        )
        self.report = report
        effects.append(.finished(report))
    }
}
