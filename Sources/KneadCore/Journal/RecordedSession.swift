/// One session as the journal holds it.
public struct RecordedSession: Hashable, Sendable {
    /// The journal's id of the session; `knead history --forget ID` takes it.
    public var id: Int64
    public var routineID: String
    public var routineTitle: String
    /// When it started, in seconds since the Unix epoch.
    public var startedAt: Int64
    /// The UTC offset in force where it ran, in seconds east of UTC.
    public var utcOffsetSeconds: Int
    /// When the row was last brought up to date, in seconds since the Unix epoch.
    public var updatedAt: Int64
    /// When it ended, if it said so.
    public var endedAt: Int64?
    public var ending: SessionEnding
    /// The steps of its timeline.
    public var stepCount: Int
    /// The number (from 1) of the last step that started.
    public var stepReached: Int
    /// The steps run to their end; nil when the session never said (interrupted).
    public var stepsDone: Int?
    /// The steps skipped; nil when the session never said (interrupted).
    public var stepsSkipped: Int?
    /// The time spent, pauses left out; nil when the session never said.
    public var activeSeconds: Double?
    /// The time spent paused; nil when the session never said.
    public var pausedSeconds: Double?
    public var pain: PainRatings
    /// The options in force, by name.
    public var options: [String: String]
    /// Whether it began although the course had reached its most sessions.
    public var courseLimitOverridden: Bool
    /// What was noted during it, in order.
    public var events: [RecordedEvent]
    /// Which side the person said hurt more; nil when not asked (older sessions, `--plain`).
    public var soreSide: SoreSide? = nil
    /// Whether the person said it was a flare.
    public var flare = false
    /// Whether it ran in gentle mode, from the start or after "it hurts".
    public var gentle = false

    public init(
        id: Int64, routineID: String, routineTitle: String, startedAt: Int64, utcOffsetSeconds: Int, updatedAt: Int64,
        endedAt: Int64?, ending: SessionEnding, stepCount: Int, stepReached: Int, stepsDone: Int?, stepsSkipped: Int?,
        activeSeconds: Double?, pausedSeconds: Double?, pain: PainRatings, options: [String: String],
        courseLimitOverridden: Bool, events: [RecordedEvent]
    ) {
        self.id = id
        self.routineID = routineID
        self.routineTitle = routineTitle
        self.startedAt = startedAt
        self.utcOffsetSeconds = utcOffsetSeconds
        self.updatedAt = updatedAt
        self.endedAt = endedAt
        self.ending = ending
        self.stepCount = stepCount
        self.stepReached = stepReached
        self.stepsDone = stepsDone
        self.stepsSkipped = stepsSkipped
        self.activeSeconds = activeSeconds
        self.pausedSeconds = pausedSeconds
        self.pain = pain
        self.options = options
        self.courseLimitOverridden = courseLimitOverridden
        self.events = events
    }

    /// The number (from 1) of the step it was quit in, by the person or a signal; nil when it
    /// finished, or when it was cut off without saying (interrupted).
    public var quitInStep: Int? {
        events.last { $0.kind == RecordedEvent.stepQuit }?.step
    }

    /// The local day it started on.
    public var day: CalendarDay { CalendarDay(unixSeconds: startedAt, utcOffsetSeconds: utcOffsetSeconds) }

    /// Whether a session counts towards its routine's course: it `finished`, or the furthest
    /// step it started (`stepReached`, from 1) was past the first. The journal and the app's
    /// own account of a session just done both follow this one rule.
    public static func countsTowardsCourse(finished: Bool, stepReached: Int) -> Bool {
        finished || stepReached > 1
    }
}
