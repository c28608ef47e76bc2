/// How often a course's sessions come: every so many days, or so many in a week.
public enum CourseRhythm: Hashable, Sendable {
    /// One session every `days` days: 1 is daily, 2 every other day.
    case everyDays(Int)
    /// `sessions` sessions in each calendar week (Monday to Sunday), spread out: at least
    /// `7 / sessions` days apart (rounded down), so three a week fall two days apart.
    case perWeek(Int)

    /// The rhythm of a course that names none: a session each day.
    public static let daily = CourseRhythm.everyDays(1)

    /// The fewest days between two sessions of this rhythm.
    public var daysApart: Int {
        switch self {
        case .everyDays(let days): max(1, days)
        case .perWeek(let sessions): max(1, 7 / max(1, sessions))
        }
    }
}
