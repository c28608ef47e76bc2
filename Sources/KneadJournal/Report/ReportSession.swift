import KneadCore

/// One session as the printable report draws it: its day, how it ended and the pain around it.
public struct ReportSession: Hashable, Sendable {
    public var routineID: String
    /// The local day it started on.
    public var day: CalendarDay
    public var ending: SessionEnding
    /// Whether it counts towards its routine's course (see `RecordedSession.countsTowardsCourse`).
    public var countsTowardsCourse: Bool
    public var pain: PainRatings
    /// Whether the person said it was a flare.
    public var flare: Bool
    /// How often "it hurts" was pressed during it.
    public var itHurtsPresses: Int

    public init(
        routineID: String, day: CalendarDay, ending: SessionEnding, countsTowardsCourse: Bool, pain: PainRatings,
        flare: Bool = false, itHurtsPresses: Int = 0
    ) {
        self.routineID = routineID
        self.day = day
        self.ending = ending
        self.countsTowardsCourse = countsTowardsCourse
        self.pain = pain
        self.flare = flare
        self.itHurtsPresses = itHurtsPresses
    }
}
