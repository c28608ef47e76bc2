/// A month of the calendar: its year and its number, January 1.
public struct CalendarMonth: Hashable, Comparable, Sendable {
    public var year: Int
    /// 1 for January to 12 for December.
    public var month: Int

    /// The month `month` (1–12) of `year`; a month outside 1–12 rolls into the years around.
    public init(year: Int, month: Int) {
        let index = year * 12 + (month - 1)
        self.year = index >= 0 ? index / 12 : (index - 11) / 12
        self.month = index - self.year * 12 + 1
    }

    /// The month `day` falls in.
    public init(containing day: CalendarDay) {
        let (year, month, _) = day.components
        self.init(year: year, month: month)
    }

    /// Its first day.
    public var firstDay: CalendarDay {
        CalendarDay(year: year, month: month, day: 1) ?? CalendarDay(number: 0)
    }

    /// Its last day.
    public var lastDay: CalendarDay { adding(months: 1).firstDay.adding(days: -1) }

    /// How many days it has: 28 to 31.
    public var dayCount: Int { lastDay.number - firstDay.number + 1 }

    /// The month `months` later (earlier when negative).
    public func adding(months: Int) -> CalendarMonth {
        CalendarMonth(year: year, month: month + months)
    }

    /// How many months after `other` it comes (negative when before).
    public func months(since other: CalendarMonth) -> Int {
        (year * 12 + month) - (other.year * 12 + other.month)
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        lhs.months(since: rhs) < 0
    }

    /// The `count` months a calendar shows around `focus`: `focus` alone for one; otherwise
    /// the months up to the one after `focus`, so the days due next are in sight.
    public static func shown(count: Int, around focus: CalendarMonth) -> [CalendarMonth] {
        guard count > 1 else { return [focus] }
        let last = focus.adding(months: 1)
        return (0..<count).map { last.adding(months: $0 - count + 1) }
    }
}
