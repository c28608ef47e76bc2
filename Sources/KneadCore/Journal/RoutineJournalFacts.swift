/// What the journal knows about one routine, handed to the app as plain values when it starts.
public struct RoutineJournalFacts: Hashable, Sendable {
    /// Where the person stands in the routine's course.
    public var standing: CourseStanding
    /// The pain ratings of the routine's last sessions, the oldest first.
    public var recentPain: [PainRatings]
    /// The day the facts were read on, which a session done now falls on.
    public var today: CalendarDay

    public init(standing: CourseStanding, recentPain: [PainRatings], today: CalendarDay) {
        self.standing = standing
        self.recentPain = recentPain
        self.today = today
    }

    /// The rating given before the last session that had one, offered first next time.
    public var lastPainBefore: Int? { recentPain.last { $0.before != nil }?.before }
}
