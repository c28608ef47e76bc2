import KneadCore

/// The one set of rules for following a session, whichever way it is shown: what is said,
/// what is recorded and in which order, the "it hurts" press, and the pain after.
///
/// The full screen's session feature and the plain line-by-line runner both drive a session
/// through it, so they speak the same sentences and write the same journal rows for the same
/// events. It reads no clock: every instant comes in with an event.
public struct SessionDriver: Sendable {
    /// The time that `+` adds to the current step, and `-` takes off.
    public static let timeAdjustment: Duration = .seconds(15)

    /// The session being followed.
    public private(set) var session: Session
    /// The pain ratings of this session.
    public private(set) var pain: PainRatings
    /// What the driver notes beyond the engine's state: the sore side, the furthest step, "it hurts".
    private(set) var notes: SessionNotes
    /// What the session says aloud.
    private var announcer: Announcer
    /// Whether the beats of paced steps reach the shell.
    private let tick: Bool
    /// The language of the routine's texts and knead's words.
    private let language: String?

    /// Why a session of `routine` with `plan` cannot begin, or nil when it can.
    public static func refusal(of routine: Routine, plan: SessionPlan) -> SessionRefusal? {
        refusal(of: routine, plan: plan, timeline: Timeline(routine: routine, adaptation: plan.adaptation))
    }

    /// Why a session of `routine` with `plan` cannot begin, `timeline` being the one the plan
    /// makes (worked out already by the caller); what no answer can change comes first.
    static func refusal(of routine: Routine, plan: SessionPlan, timeline: Timeline) -> SessionRefusal? {
        if Timeline(routine: routine).steps.isEmpty { return .noSteps }
        if plan.flare && routine.safety.inFlare == .avoid { return .refusedInFlare }
        if timeline.steps.isEmpty { return .nothingGentle }
        return nil
    }

    /// Begins a session of `routine` with `plan` at `now`, or returns nil when it cannot begin
    /// (see `refusal(of:plan:)`). The commands say the first sentence before the journal
    /// records the start, so the voice begins at once.
    public static func begin(
        _ routine: Routine, plan: SessionPlan, painBefore: Int?, options: AppOptions, recordedOptions: [String: String], at now: Instant
    ) -> (driver: SessionDriver, commands: [AppCommand])? {
        guard refusal(of: routine, plan: plan) == nil else { return nil }
        let timeline = Timeline(routine: routine, adaptation: plan.adaptation)
        var session = Session(timeline: timeline)
        let effects = session.reduce(.started(at: now))
        var driver = SessionDriver(
            session: session, pain: PainRatings(before: painBefore), notes: SessionNotes(soreSide: plan.soreSide),
            announcer: Announcer(level: options.voice, routine: routine, language: options.language), tick: options.tick,
            language: options.language
        )
        let start = SessionStartRecord(
            timeline: timeline, language: options.language, painBefore: painBefore, options: recordedOptions,
            courseLimitOverridden: plan.courseLimitOverridden, soreSide: plan.soreSide, flare: plan.flare
        )
        let following = driver.commands(for: effects)
        let spoken = following.prefix { if case .speech = $0 { true } else { false } }
        return (driver, Array(spoken) + [.record(.sessionStarted(start))] + following.dropFirst(spoken.count))
    }

    /// Whether the session has ended, by finishing or being quit.
    public var hasEnded: Bool { session.phase == .finished }

    /// Sends an event to the session, unless it has ended, and returns what the shell carries out.
    public mutating func send(_ event: SessionEvent) -> [AppCommand] {
        guard !hasEnded else { return [] }
        let effects = session.reduce(event)
        return commands(for: effects)
    }

    /// Pauses at once for the "it hurts" key, and returns the box that offers the ways on;
    /// the voice says "Ease off." instead of "Paused."
    public mutating func pressItHurts(at now: Instant) -> (box: ItHurtsBox, commands: [AppCommand])? {
        guard !hasEnded else { return nil }
        let wasRunning = session.phase == .running
        notes.itHurtsPresses += 1
        let commands = send(.hurtKeyPressed(at: now)).filter { if case .speech = $0 { false } else { true } }
        let box = ItHurtsBox(press: notes.itHurtsPresses, alreadyGentle: session.isGentle, wasRunning: wasRunning)
        return (box, announcer.easeOff().map(AppCommand.speech) + commands)
    }

    /// Carries out the way on chosen in the "it hurts" box, and has the journal note it with its step.
    public mutating func choose(_ choice: ItHurtsChoice, in box: ItHurtsBox, at now: Instant) -> [AppCommand] {
        guard !hasEnded else { return [] }
        notes.lastItHurtsChoice = choice
        let noted = AppCommand.record(.itHurts(
            step: session.currentIndex + 1, stepName: SessionStartRecord.name(of: session.currentStep, language: language), choice: choice
        ))
        // Once an event has ended the session, `send` leaves the rest alone.
        return [noted] + box.events(for: choice, at: now).flatMap { send($0) }
    }

    /// Takes the pain after the session (nil when skipped) and has the journal keep it.
    public mutating func ratePainAfter(_ rating: Int?) -> [AppCommand] {
        pain.after = rating
        return [.record(.painAfter(rating))]
    }

    /// How the session went, for the journal's facts of its routine.
    public var outcome: SessionOutcome {
        SessionOutcome(
            finished: !(session.report?.endedEarly ?? true), stepReached: notes.stepReached, pain: pain,
            soreSide: notes.soreSide, endedOnItHurts: notes.endedOnItHurts, itHurtsPressed: notes.itHurtsPresses > 0
        )
    }

    /// The commands for what an event did to the session: what to say first (a speaker starts
    /// at once, before anything else is done), then its cues (beats only when they tick) and
    /// the journal entries they call for.
    private mutating func commands(for effects: [SessionEffect]) -> [AppCommand] {
        notes.note(effects)
        let speech = announcer.requests(for: effects, in: session)
        let cues = effects.flatMap { effect -> [AppCommand] in
            let cue: [AppCommand] = if case .beat = effect, !tick { [] } else { [.cue(effect)] }
            return cue + JournalEntry.entries(for: effect).map(AppCommand.record)
        }
        return speech.map(AppCommand.speech) + cues
    }
}
