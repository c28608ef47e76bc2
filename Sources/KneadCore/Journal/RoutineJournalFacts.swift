/// What the journal knows about one routine, handed to the app as plain values when it starts.
public struct RoutineJournalFacts: Hashable, Sendable {
    /// Where the person stands in the routine's course.
    public var standing: CourseStanding
    /// The pain ratings of the routine's last sessions, the oldest first.
    public var recentPain: [PainRatings]
    /// The day the facts were read on, which a session done now falls on.
    public var today: CalendarDay
    /// The day the person last said none of the contraindications applies, when that was
    /// within the course under way (so the question is not asked again); nil otherwise.
    public var contraindicationsConfirmedOn: CalendarDay?
    /// Whether the person has said the routine's first-time check (honey: the allergy test) is done.
    public var firstTimeCheckDone: Bool
    /// The side the person said hurt more last time, offered as this time's answer.
    public var lastSoreSide: SoreSide?
    /// Whether the last session of the routine ended on the "it hurts" key.
    public var lastEndedOnItHurts: Bool
    /// The local days of the sessions of the latest course that counted towards it, the latest
    /// first: what `courseStatus(for:)` works from.
    public var courseDays: [CalendarDay] = []
    /// The routine's sessions from the start of the months its calendar can show (see
    /// `CourseCalendar.monthsLookedBack`), or of its latest course when that began earlier,
    /// the oldest first.
    public var calendarSessions: [CalendarSession] = []

    public init(
        standing: CourseStanding, recentPain: [PainRatings], today: CalendarDay,
        contraindicationsConfirmedOn: CalendarDay? = nil, firstTimeCheckDone: Bool = false,
        lastSoreSide: SoreSide? = nil, lastEndedOnItHurts: Bool = false
    ) {
        self.contraindicationsConfirmedOn = contraindicationsConfirmedOn
        self.firstTimeCheckDone = firstTimeCheckDone
        self.lastSoreSide = lastSoreSide
        self.lastEndedOnItHurts = lastEndedOnItHurts
        self.standing = standing
        self.recentPain = recentPain
        self.today = today
    }

    /// Where the routine's course stands today (due, done, resting…), for the picker's line.
    public func courseStatus(for course: Course?) -> CourseStatus {
        CourseStatus(course: course, sessionDays: courseDays, today: today)
    }

    /// The rating given before the last session that had one, offered first next time.
    public var lastPainBefore: Int? { recentPain.last { $0.before != nil }?.before }

    /// The facts once a session of the routine was done today, as the journal would now read
    /// them: the standing moves on when the session counts towards `course` (it `finished`, or
    /// `stepReached`, from 1, was past the first step), its ratings join the recent ones, its
    /// sore side is offered next, and so is gentle mode when it `endedOnItHurts`; the calendar
    /// marks it, with "it hurts" when that was pressed.
    public mutating func noteSession(
        finished: Bool, stepReached: Int, course: Course?, pain: PainRatings, soreSide: SoreSide?, endedOnItHurts: Bool,
        itHurtsPressed: Bool = false
    ) {
        let counts = RecordedSession.countsTowardsCourse(finished: finished, stepReached: stepReached)
        if counts {
            standing = standing.afterSession(on: today, course: course)
            courseDays.insert(today, at: 0)
        }
        calendarSessions.append(CalendarSession(
            day: today, finished: finished, countsTowardsCourse: counts, painAfter: pain.after, itHurts: itHurtsPressed || endedOnItHurts
        ))
        if pain.before != nil || pain.after != nil { recentPain.append(pain) }
        if let soreSide { lastSoreSide = soreSide }
        lastEndedOnItHurts = endedOnItHurts
    }

    /// The facts once `reply` was given today on the routine's safety check.
    public mutating func note(_ reply: SafetyAnswer.Reply) {
        switch reply {
        case .noneApply: contraindicationsConfirmedOn = today
        case .someApply: contraindicationsConfirmedOn = nil
        case .done: firstTimeCheckDone = true
        case .notDone, .notAsked: break
        }
    }
}
