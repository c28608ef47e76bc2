/// What a session shows at a given instant: the steps around it, the time left, the progress,
/// and when anything can change next. Nothing here changes the session.
extension Session {
    /// The step being done.
    public var currentStep: Step { timeline.steps[currentIndex] }

    /// The step that comes after the current one, if any: in gentle mode the next one that runs.
    public var nextStep: Step? {
        timeline.steps.indices.dropFirst(currentIndex + 1).first(where: isRunnable).map { timeline.steps[$0] }
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
        // In gentle mode, the steps it leaves out are not to come.
        let following = timeline.steps.indices.dropFirst(currentIndex + 1).filter(isRunnable)
        return following.reduce(timeLeftInStep(at: now)) { $0 + timeline.steps[$1].duration }
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
        if let pace = currentPace, lastStrokeAnnounced < pace.strokes {
            candidates.append(stepStartedAt + stepPausedTime + pace.start(ofStroke: lastStrokeAnnounced + 1))
        }
        candidates += Self.countdownSeconds.filter { $0 < smallestCountdownAnnounced }.map { deadline - .seconds($0) }
        return candidates.filter { $0 > now }.min()
    }

    /// The rhythm of the current step, with any time added or removed; nil for a step without one
    /// and for a get-ready step.
    public var currentPace: Pace? {
        currentStep.isTransition ? nil : Pace(stage: currentStep.stage, duration: stepDuration)
    }

    /// The movement of the current step under way at `now`, counting from 1; nil without a pace.
    public func stroke(at now: Instant) -> Int? {
        currentPace.map { $0.stroke(after: elapsedInStep(at: now)) }
    }

    /// When the current step is halfway through, while it runs.
    var halfwayInstant: Instant {
        stepStartedAt + stepPausedTime + stepDuration / 2
    }
}
