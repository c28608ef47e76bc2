/// What a calendar marks on one day of a routine, the most telling thing first.
public enum DayMark: Hashable, Sendable {
    /// Nothing happened and nothing is planned.
    case none
    /// A session is due: today's, or one the course's rhythm brings later.
    case due
    /// The day falls in a rest after a full course.
    case rest
    /// Every session of the day finished; the highest pain given after one, if any was.
    case finished(painAfter: Int?)
    /// A session of the day was quit or cut off before its end.
    case quit
    /// "It hurts" was pressed in a session of the day.
    case itHurts

    /// The mark of a day with `sessions` (at least one): "it hurts" before a quit before a finish.
    public init(sessions: [CalendarSession]) {
        if sessions.contains(where: \.itHurts) {
            self = .itHurts
        } else if sessions.contains(where: { !$0.finished }) {
            self = .quit
        } else {
            self = .finished(painAfter: sessions.compactMap(\.painAfter).max())
        }
    }

    /// Where a pain rating falls on the calendar's fixed 0–10 shade: 0 for 0–3, 1 for 4–6,
    /// 2 for 7–10 (and above).
    public static func painBand(_ pain: Int) -> Int {
        painBands.firstIndex { pain <= $0.upperBound } ?? painBands.count - 1
    }

    /// The ratings each band of the shade takes in, lightest first.
    public static let painBands: [ClosedRange<Int>] = [0...3, 4...6, 7...10]
}
