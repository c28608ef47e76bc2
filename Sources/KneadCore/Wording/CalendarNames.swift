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
}
