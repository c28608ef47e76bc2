import KneadCore
import KneadJournal

/// The SVG chart of one routine's pain before and after each session: a fixed 0–10 axis, the
/// dates along the bottom, courses hatched and rests grey, flares and "it hurts" presses marked
/// by shapes, so it reads in black and white as well as in colour.
struct PainChart {
    var routine: RoutineReport
    var language: DisplayLanguage

    static let width = 720.0
    static let height = 300.0
    static let plotLeft = 52.0
    static let plotRight = 704.0
    static let plotTop = 40.0
    static let plotBottom = 240.0
    /// The lanes above the plot where flares and "it hurts" presses are marked.
    static let flareLane = 14.0
    static let itHurtsLane = 29.0

    /// The first and last day along the bottom.
    var firstDay: CalendarDay { routine.sessions.first?.day ?? routine.summary.firstDay }
    var lastDay: CalendarDay { routine.sessions.last?.day ?? routine.summary.lastDay }

    /// The chart, with a note when its marks are averages of several days.
    var figure: HTMLNode {
        let (marks, days) = ChartMark.marks(of: routine.sessions, from: firstDay, to: lastDay)
        var children: [HTMLNode] = [
            .element("figcaption", [], [.text(ReportPhrase.chartTitle.text(in: language))]),
            svg(marks),
        ]
        if days > 1 { children.append(.element("p", [.class("note")], [.text(ReportPhrase.chartAveraged(days: days).text(in: language))])) }
        return .element("figure", [.class("chart")], children)
    }

    /// The `<svg>` element for `marks`.
    func svg(_ marks: [ChartMark]) -> HTMLNode {
        let title = ReportPhrase.chartTitle.text(in: language) + ": " + routine.summary.title
        return SVG.shape("svg", [
            ("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"),
            ("width", "\(Int(Self.width))"), ("height", "\(Int(Self.height))"), ("role", "img"), ("font-size", "11"),
        ], [SVG.shape("title", [], [.text(title)]), patterns] + shading + axes + marks.flatMap(draw) + legend)
    }

    /// The x of `day` within the plot.
    func x(_ day: CalendarDay) -> Double {
        let span = Double(lastDay.number - firstDay.number)
        guard span > 0 else { return (Self.plotLeft + Self.plotRight) / 2 }
        let inset = 8.0
        return Self.plotLeft + inset + Double(day.number - firstDay.number) / span * (Self.plotRight - Self.plotLeft - 2 * inset)
    }

    /// The y of a pain rating on the fixed 0–10 axis.
    static func y(_ pain: Double) -> Double { plotBottom - pain / 10 * (plotBottom - plotTop) }

    /// The hatching that marks a course, drawn in lines so it shows without colour.
    private var patterns: HTMLNode {
        SVG.shape("defs", [], [
            SVG.shape("pattern", [("id", "course-hatch"), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")], [
                SVG.rect(0, 0, 8, 8, [("fill", "#e3f1e3")]),
                SVG.line(0, 0, 0, 8, [("stroke", "#8fbf8f"), ("stroke-width", "2")]),
            ]),
        ])
    }

    /// The courses hatched and the rests between them grey, each named at its top.
    private var shading: [HTMLNode] {
        var nodes: [HTMLNode] = []
        let height = Self.plotBottom - Self.plotTop
        for (index, course) in routine.courses.enumerated() {
            let left = x(course.firstDay) - 5, right = x(course.lastDay) + 5
            nodes.append(SVG.rect(left, Self.plotTop, right - left, height, [("fill", "url(#course-hatch)"), ("stroke", "#5a8f5a")]))
            if right - left > 40 {
                nodes.append(SVG.text(ReportPhrase.course(course.number).text(in: language), left + 3, Self.plotTop + 11, [("font-size", "9")]))
            }
            guard index + 1 < routine.courses.count else { continue }
            let restLeft = right, restRight = x(routine.courses[index + 1].firstDay) - 5
            guard restRight > restLeft else { continue }
            nodes.append(SVG.rect(restLeft, Self.plotTop, restRight - restLeft, height, [("fill", "#ececec")]))
            if restRight - restLeft > 40 {
                nodes.append(SVG.text(ReportPhrase.restShading.text(in: language), restLeft + 3, Self.plotTop + 11, [("font-size", "9"), ("font-style", "italic")]))
            }
        }
        return nodes
    }

    /// The 0–10 axis with its grid, and the dates along the bottom.
    private var axes: [HTMLNode] {
        var nodes: [HTMLNode] = []
        for pain in stride(from: 0, through: 10, by: 2) {
            let y = Self.y(Double(pain))
            nodes.append(SVG.line(Self.plotLeft, y, Self.plotRight, y, [("stroke", pain == 0 ? "#333" : "#bbb"), ("stroke-width", "1")]))
            nodes.append(SVG.text("\(pain)", Self.plotLeft - 6, y + 4, [("text-anchor", "end")]))
        }
        nodes.append(SVG.line(Self.plotLeft, Self.plotTop, Self.plotLeft, Self.plotBottom, [("stroke", "#333")]))
        let middle = (Self.plotTop + Self.plotBottom) / 2
        nodes.append(SVG.text(ReportPhrase.painAxis.text(in: language), 14, middle, [("text-anchor", "middle"), ("transform", "rotate(-90 14 \(SVG.number(middle)))")]))
        let span = lastDay.number - firstDay.number
        let labels = span == 0 ? [firstDay] : (0...4).map { firstDay.adding(days: span * $0 / 4) }
        var shown: [CalendarDay] = []
        for day in labels where !shown.contains(day) {
            shown.append(day)
            let anchor = span == 0 ? "middle" : day == firstDay ? "start" : day == lastDay ? "end" : "middle"
            let tickX = x(day)
            nodes.append(SVG.line(tickX, Self.plotBottom, tickX, Self.plotBottom + 4, [("stroke", "#333")]))
            let textX = anchor == "start" ? tickX - 8 : anchor == "end" ? tickX + 8 : tickX
            nodes.append(SVG.text(day.iso, textX, Self.plotBottom + 16, [("text-anchor", anchor)]))
        }
        return nodes
    }

    /// One mark: a line from before to after, a hollow circle before, a filled square after,
    /// a triangle in the top lane for a flare and a cross below it for "it hurts".
    private func draw(_ mark: ChartMark) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        let markX = x(mark.day)
        if let before = mark.before, let after = mark.after {
            nodes.append(SVG.line(markX, Self.y(before), markX, Self.y(after), [("stroke", "#555"), ("stroke-width", "1.5")]))
        }
        if let before = mark.before {
            nodes.append(SVG.shape("circle", [("cx", SVG.number(markX)), ("cy", SVG.number(Self.y(before))), ("r", "4"), ("fill", "#fff"), ("stroke", "#b03a2e"), ("stroke-width", "2")]))
        }
        if let after = mark.after {
            nodes.append(SVG.rect(markX - 3.5, Self.y(after) - 3.5, 7, 7, [("fill", "#1f4e79")]))
        }
        if mark.flare { nodes.append(Self.triangle(at: markX, Self.flareLane)) }
        if mark.itHurts { nodes += Self.cross(at: markX, Self.itHurtsLane) }
        return nodes
    }

    /// The flare mark: a filled triangle pointing up.
    static func triangle(at x: Double, _ y: Double) -> HTMLNode {
        let points = [(x, y - 5), (x + 5, y + 4), (x - 5, y + 4)].map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " ")
        return SVG.shape("polygon", [("points", points), ("fill", "#d35400"), ("stroke", "#000"), ("stroke-width", "1")])
    }

    /// The "it hurts" mark: a bold cross.
    static func cross(at x: Double, _ y: Double) -> [HTMLNode] {
        let style = [("stroke", "#7b241c"), ("stroke-width", "2.5")]
        return [SVG.line(x - 4, y - 4, x + 4, y + 4, style), SVG.line(x - 4, y + 4, x + 4, y - 4, style)]
    }

    /// What each shape means, along the bottom.
    private var legend: [HTMLNode] {
        let y = Self.height - 16
        var nodes: [HTMLNode] = []
        var left = Self.plotLeft
        let items: [(ReportPhrase, (Double) -> [HTMLNode])] = [
            (.before, { [SVG.shape("circle", [("cx", SVG.number($0 + 5)), ("cy", SVG.number(y)), ("r", "4"), ("fill", "#fff"), ("stroke", "#b03a2e"), ("stroke-width", "2")])] }),
            (.after, { [SVG.rect($0 + 1.5, y - 3.5, 7, 7, [("fill", "#1f4e79")])] }),
            (.flare, { [Self.triangle(at: $0 + 5, y)] }),
            (.itHurts, { Self.cross(at: $0 + 5, y) }),
            (.courseShading, { [SVG.rect($0, y - 6, 12, 12, [("fill", "url(#course-hatch)"), ("stroke", "#5a8f5a")])] }),
            (.restShading, { [SVG.rect($0, y - 6, 12, 12, [("fill", "#ececec"), ("stroke", "#999")])] }),
        ]
        for (phrase, symbol) in items {
            nodes += symbol(left)
            nodes.append(SVG.text(phrase.text(in: language), left + 16, y + 4))
            left += 108
        }
        return nodes
    }
}
