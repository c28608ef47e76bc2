import KneadCore

/// What to know before a routine begins: when not to start, when to stop, notes and course
/// limits, scrollable when long.
struct SafetyCheckScreen: StackedScreen {
    let routine: Routine
    /// How many lines of the text are scrolled off the top.
    let scroll: Int
    /// Whether `q` goes back to the picker rather than quitting.
    let startedFromPicker: Bool
    let theme: Theme
    let language: String?
    /// Where the person stands in the routine's course, from the journal.
    var standing: CourseStanding? = nil

    /// How far the text can scroll on a screen of this size before its end comes into view.
    func maximumScroll(width: Int, height: Int) -> Int {
        let contentWidth = Self.contentWidth(screenWidth: width)
        let visibleRows = stack(width: contentWidth, height: height).flexibleHeights(height: height).first ?? 0
        return max(0, bodyLines(width: contentWidth).count - visibleRows)
    }

    /// The layout at this size, with the text scrolled as far as it can go towards `scroll`.
    func stack(width: Int, height: Int) -> VerticalStack {
        let body = bodyLines(width: width)
        let visibleRows = layout(width: width, body: body, moreBelow: false, scrollable: false).flexibleHeights(height: height).first ?? 0
        let firstLine = min(scroll, max(0, body.count - visibleRows))
        let moreBelow = firstLine + visibleRows < body.count
        return layout(width: width, body: body, moreBelow: moreBelow, scrollable: moreBelow || firstLine > 0)
    }

    private func layout(width: Int, body: [StyledLine], moreBelow: Bool, scrollable: Bool) -> VerticalStack {
        VerticalStack([
            .block(LayoutBlock(priority: 0, header(width: width, trailing: moreBelow ? (width >= 40 ? "more below ↓" : "↓") : nil))),
            .block(LayoutBlock(priority: 2, .rule(width: width, style: theme.faint))),
            .flexible { rows in Array(body.dropFirst(min(scroll, max(0, body.count - rows)))) },
            .block(LayoutBlock(priority: 1, footer(width: width, scrollable: scrollable))),
        ])
    }

    private func header(width: Int, trailing: String?) -> StyledLine {
        StyledLine(
            spans: [StyledSpan(routine.title.resolved(for: language), theme.title)],
            trailing: trailing.map { [StyledSpan($0, theme.faint)] } ?? []
        )
    }

    private func footer(width: Int, scrollable: Bool) -> StyledLine {
        let hints = [
            KeyHint(width >= 40 ? "Enter or Space" : "Enter", "begin", rank: 0), scrollable ? KeyHint("↑↓", "scroll", rank: 2) : nil,
            KeyHint("?", "help", rank: 3), KeyHint("q", startedFromPicker ? "back" : "quit", rank: 1),
        ].compactMap { $0 }
        return KeyHint.line(routine.stages.isEmpty ? hints.filter { $0.action != "begin" } : hints, width: width, theme: theme)
    }

    /// The text below the header, word-wrapped to `width`.
    func bodyLines(width: Int) -> [StyledLine] {
        let timeline = Timeline(routine: routine)
        guard !timeline.steps.isEmpty else {
            return WordWrap.lines(of: "This routine has no steps, so it cannot begin.", width: width).map { StyledLine($0, theme.warning) }
        }
        let overview = [routine.zone?.resolved(for: language), timeline.steps.count == 1 ? "1 step" : "\(timeline.steps.count) steps", ClockText.countdown(timeline.totalDuration)]
            .compactMap { $0 }.joined(separator: " · ")
        var sections: [[StyledLine]] = [WordWrap.lines(of: overview, width: width).map { StyledLine($0, theme.faint) } + standingLines(width: width)]
        if let position = routine.position?.resolved(for: language) {
            sections.append(section("How to sit or lie:", theme.title, paragraphs: [position], bulleted: false, width: width))
        }
        let safety = routine.safety
        let resolved = { (texts: [LocalizedText]) in texts.map { $0.resolved(for: self.language) } }
        if !safety.contraindications.isEmpty {
            sections.append(section("Do not start if you have:", theme.warning, paragraphs: resolved(safety.contraindications), bulleted: true, width: width))
        }
        if !safety.stopIf.isEmpty {
            sections.append(section("Stop at once if:", theme.caution, paragraphs: resolved(safety.stopIf), bulleted: true, width: width))
        }
        if !safety.notes.isEmpty {
            sections.append(section("Good to know:", theme.title, paragraphs: resolved(safety.notes), bulleted: true, width: width))
        }
        if let course = routine.course, let limits = courseText(course) {
            sections.append(section("Course:", theme.title, paragraphs: [limits], bulleted: false, width: width))
        }
        return Array(sections.joined(separator: [StyledLine.blank]))
    }

    /// Where the person stands in the course, under the overview: the next session's number
    /// and the last one's day, and plainly, once the course is full, the rest it asks for.
    private func standingLines(width: Int) -> [StyledLine] {
        guard let standing, standing.maxSessions != nil || standing.lastSessionDay != nil else { return [] }
        let line = standing.limitReached ? standing.summary : "Next: " + standing.summary
        var lines = WordWrap.lines(of: line, width: width).map { StyledLine($0, theme.title) }
        if standing.limitReached, let rest = standing.restUntil {
            let limit = "This course has had its \(standing.maxSessions ?? 0) sessions: rest until \(rest.dayMonth)."
            lines += WordWrap.lines(of: limit, width: width).map { StyledLine($0, theme.warning) }
        }
        return lines
    }

    private func section(_ heading: String, _ headingStyle: CellStyle, paragraphs: [String], bulleted: Bool, width: Int) -> [StyledLine] {
        let body = paragraphs.flatMap { paragraph in
            bulleted ? WordWrap.hangingLines(of: paragraph, marker: "• ", width: width) : WordWrap.lines(of: paragraph, width: width)
        }
        return [StyledLine(heading, headingStyle)] + body.map { StyledLine($0) }
    }

    /// The course limits in a sentence or two, or nil when there are none.
    private func courseText(_ course: Course) -> String? {
        var sentences: [String] = []
        switch (course.maxSessions, course.restDays) {
        case let (sessions?, days?): sentences.append("At most \(sessions) sessions in a row, then \(days) days of rest.")
        case let (sessions?, nil): sentences.append("At most \(sessions) sessions in a row.")
        case let (nil, days?): sentences.append("Rest \(days) days after a course.")
        case (nil, nil): break
        }
        if let note = course.note?.resolved(for: language) { sentences.append(note) }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }
}
