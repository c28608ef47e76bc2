/// The phrases that name weekdays and months, in the order dates count them.
enum CalendarNames {
    /// Monday first.
    static let weekdays: [Phrase] = [
        .weekdayMonday, .weekdayTuesday, .weekdayWednesday, .weekdayThursday, .weekdayFriday, .weekdaySaturday, .weekdaySunday,
    ]

    /// January first.
    static let months: [Phrase] = [
        .monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune,
        .monthJuly, .monthAugust, .monthSeptember, .monthOctober, .monthNovember, .monthDecember,
    ]

    /// The two-letter heads of a month grid's columns, Monday first.
    static let gridWeekdays: [Phrase] = [
        .calendarWeekdayMonday, .calendarWeekdayTuesday, .calendarWeekdayWednesday, .calendarWeekdayThursday,
        .calendarWeekdayFriday, .calendarWeekdaySaturday, .calendarWeekdaySunday,
    ]

    /// The months as a calendar's title names them on their own, January first.
    static let gridMonths: [Phrase] = [
        .calendarMonthJanuary, .calendarMonthFebruary, .calendarMonthMarch, .calendarMonthApril, .calendarMonthMay,
        .calendarMonthJune, .calendarMonthJuly, .calendarMonthAugust, .calendarMonthSeptember, .calendarMonthOctober,
        .calendarMonthNovember, .calendarMonthDecember,
    ]
}
