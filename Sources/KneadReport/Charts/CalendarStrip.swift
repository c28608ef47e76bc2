import KneadCore

/// A strip of the calendar, a column a week and a row a weekday (Monday on top), with the days
/// that had a session filled and dotted.
struct CalendarStrip {
    /// The days with at least one session.
    var sessionDays: Set<CalendarDay>
    var firstDay: CalendarDay
    var lastDay: CalendarDay
    var language: DisplayLanguage

    /// The most weeks one strip shows: the latest half year of a longer period.
    static let mostWeeks = 27
    static let cell = 12.0
    static let gap = 2.0
    static let top = 16.0

    /// The first day shown: the period's first, or the Monday that starts the latest `mostWeeks` weeks.
    var shownFrom: CalendarDay {
        let earliest = lastDay.adding(days: -(lastDay.weekday + 7 * (Self.mostWeeks - 1)))
        return max(firstDay, earliest)
    }

    /// The strip as a figure with its caption.
    var figure: HTMLNode {
        let start = shownFrom
        let firstMonday = start.adding(days: -start.weekday)
        let weeks = (lastDay.number - firstMonday.number) / 7 + 1
        let width = Double(weeks) * (Self.cell + Self.gap) + 4
        let height = Self.top + 7 * (Self.cell + Self.gap) + 2
        var nodes: [HTMLNode] = [SVG.shape("title", [], [.text(ReportPhrase.calendarTitle.text(in: language))])]
        var labelledMonth = -1
        var day = start
        while day <= lastDay {
            let column = Double((day.number - firstMonday.number) / 7)
            let x = 2 + column * (Self.cell + Self.gap)
            let y = Self.top + Double(day.weekday) * (Self.cell + Self.gap)
            let (year, month, dayOfMonth) = day.components
            if month != labelledMonth && (dayOfMonth <= 7 || day == start) && x + 44 < width + 40 {
                labelledMonth = month
                nodes.append(SVG.text("\(year)-\(ClockText.twoDigits(month))", x, 11, [("font-size", "9")]))
            }
            if sessionDays.contains(day) {
                nodes.append(SVG.rect(x, y, Self.cell, Self.cell, [("fill", "#1f4e79"), ("stroke", "#000")]))
                nodes.append(SVG.shape("circle", [("cx", SVG.number(x + Self.cell / 2)), ("cy", SVG.number(y + Self.cell / 2)), ("r", "2"), ("fill", "#fff")]))
            } else {
                nodes.append(SVG.rect(x, y, Self.cell, Self.cell, [("fill", "#fff"), ("stroke", "#bbb")]))
            }
            day = day.adding(days: 1)
        }
        let svg = SVG.shape("svg", [
            ("viewBox", "0 0 \(SVG.number(width + 40)) \(SVG.number(height))"),
            ("width", SVG.number(width + 40)), ("height", SVG.number(height)), ("role", "img"),
        ], nodes)
        return .element("figure", [.class("calendar")], [
            .element("figcaption", [], [.text(ReportPhrase.calendarTitle.text(in: language))]),
            svg,
            .element("p", [.class("note")], [.text(ReportPhrase.calendarShown(start, lastDay).text(in: language))]),
        ])
    }
}
