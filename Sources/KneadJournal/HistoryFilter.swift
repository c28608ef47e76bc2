import KneadCore

/// Which sessions a history or a report takes: a routine, a range of local days, the last few.
public struct HistoryFilter: Hashable, Sendable {
    /// Only this routine's sessions, by id.
    public var routineID: String?
    /// Only sessions on or after this local day.
    public var since: CalendarDay?
    /// Only sessions on or before this local day.
    public var until: CalendarDay?
    /// Only the latest this many (still listed oldest first).
    public var last: Int?
    /// Only the session with this id.
    public var id: Int64?

    public init(routineID: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil, last: Int? = nil, id: Int64? = nil) {
        self.id = id
        self.routineID = routineID
        self.since = since
        self.until = until
        self.last = last
    }
}
