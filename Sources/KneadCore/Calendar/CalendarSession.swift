/// One session as a calendar marks it: its day, how it ended, the pain after it, whether
/// "it hurts" was pressed, and whether it counts towards its course.
public struct CalendarSession: Hashable, Sendable {
    /// The local day it started on.
    public var day: CalendarDay
    /// Whether every step ran or was skipped to the end.
    public var finished: Bool
    /// Whether it counts towards the routine's course (see `RecordedSession.countsTowardsCourse`).
    public var countsTowardsCourse: Bool
    /// The pain the person gave after it, 0–10; nil when not asked or not answered.
    public var painAfter: Int?
    /// Whether "it hurts" was pressed during it.
    public var itHurts: Bool

    public init(day: CalendarDay, finished: Bool, countsTowardsCourse: Bool, painAfter: Int? = nil, itHurts: Bool = false) {
        self.day = day
        self.finished = finished
        self.countsTowardsCourse = countsTowardsCourse
        self.painAfter = painAfter
        self.itHurts = itHurts
    }

    /// The calendar's view of a session the journal holds.
    public init(_ session: RecordedSession) {
        let finished = session.ending == .finished
        self.init(
            day: session.day, finished: finished,
            countsTowardsCourse: RecordedSession.countsTowardsCourse(finished: finished, stepReached: session.stepReached),
            painAfter: session.pain.after, itHurts: session.events.contains { $0.kind == RecordedEvent.itHurts }
        )
    }
}
