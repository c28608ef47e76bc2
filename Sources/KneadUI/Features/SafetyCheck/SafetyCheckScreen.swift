import KneadCore

/// What to know before a routine begins: today's choices (sore side, flare, gentle), the
/// contraindications to confirm, when to stop, notes and course limits, scrollable when long;
/// whatever still holds the session back stays in view above the key help.
struct SafetyCheckScreen: StackedScreen {
    /// The check's state: its answers and scroll.
    let check: SafetyCheck
    /// Whether `q` goes back to the picker rather than quitting.
    let startedFromPicker: Bool
    let theme: Theme
    let language: String?
    /// The timeline the answers make, worked out once for the screen.
    private let timeline: Timeline
    /// What holds the session back, worked out once for the screen.
    private let holdup: SafetyCheck.Holdup?

    init(check: SafetyCheck, startedFromPicker: Bool, theme: Theme, language: String?) {
        self.check = check
        self.startedFromPicker = startedFromPicker
        self.theme = theme
        self.language = language
        timeline = check.timeline
        holdup = check.holdup(for: timeline)
    }

    /// The screen's own words, in the language of the theme.
    private var wording: SafetyCheckWording { SafetyCheckWording(words: theme.words) }

    private var routine: Routine { check.routine }
    /// The keys of the check, whose letters the hints and the keyed lines show.
    private var keys: [KeyBinding<SafetyCheckCommand>] { SafetyCheckCommand.bindings }
    private var scroll: Int { check.scroll }

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
            .block(LayoutBlock(priority: 0, header(width: width, trailing: moreBelow ? (width >= 40 ? wording.moreBelow : "↓") : nil))),
            .block(LayoutBlock(priority: 2, .rule(width: width, style: theme.faint))),
            .flexible { rows in Array(body.dropFirst(min(scroll, max(0, body.count - rows)))) },
            .block(LayoutBlock(priority: 0, lines: holdupLines(width: width))),
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
            holdup == nil ? KeyHint(width >= 40 ? wording.enterOrSpace : keys.hintKey(for: .begin), wording.begin, rank: 0) : nil,
            scrollable ? KeyHint(keys.hintKey(for: .scrollUp) + keys.hintKey(for: .scrollDown), wording.scroll, rank: 2) : nil,
            KeyHint(keys.hintKey(for: .showHelp), theme.words[.hintHelp], rank: 3),
            KeyHint(keys.hintKey(for: .leave), theme.words[startedFromPicker ? .hintBack : .hintQuit], rank: 1),
        ].compactMap { $0 }
        return KeyHint.line(hints, width: width, theme: theme)
    }

    /// What still holds the session back and the keys that settle it, kept above the key help.
    private func holdupLines(width: Int) -> [StyledLine] {
        let (message, answers): (String, [(command: SafetyCheckCommand, answer: String)])
        switch holdup {
        case .confirmContraindications:
            (message, answers) = (wording.confirmQuestion, [(.answerNo, wording.confirmKeys.none), (.answerYes, wording.confirmKeys.some)])
        case .contraindicationApplies: (message, answers) = (wording.askDoctor, [])
        case .firstTimeCheckAsked:
            (message, answers) = (wording.firstTimeQuestion, [(.answerYes, wording.firstTimeKeys.done), (.answerNo, wording.firstTimeKeys.notYet)])
        case .firstTimeCheckNotDone: (message, answers) = (wording.firstTimeNotDone, [])
        case .refusedInFlare: (message, answers) = (wording.refusedInFlare, [])
        case .nothingGentle: (message, answers) = (wording.nothingGentle, [])
        case .noSteps, nil: return []
        }
        let keyLine = answers.isEmpty ? [] : [
            KeyHint.line(answers.map { KeyHint(keys.hintKey(for: $0.command), $0.answer, rank: 0) }, width: width, theme: theme),
        ]
        return StyledLine.wrapped(message, width: width, style: theme.warning) + keyLine
    }

    /// The text below the header, word-wrapped to `width`.
    func bodyLines(width: Int) -> [StyledLine] {
        guard check.hasSteps else {
            return StyledLine.wrapped(wording.noSteps, width: width, style: theme.warning)
        }
        let overview = [routine.zone?.resolved(for: language), StepCount.text(timeline.steps.count, in: theme.words), ClockText.countdown(timeline.totalDuration)]
            .compactMap { $0 }.joined(separator: " · ")
        var sections: [[StyledLine]] = [
            StyledLine.wrapped(overview, width: width, style: theme.faint) + standingLines(width: width),
        ]
        let safety = routine.safety
        let resolved = { (texts: [LocalizedText]) in texts.map { $0.resolved(for: self.language) } }
        var answers: [[StyledLine]] = []
        if !safety.contraindications.isEmpty {
            answers.append(contraindicationLines(resolved(safety.contraindications), width: width))
        }
        if let check = check.firstTimeCheck {
            answers.append(section(wording.firstTimeHeading, theme.warning, paragraphs: [check.text.resolved(for: language)], bulleted: false, width: width))
        }
        // What the open question asks about comes first, so that it is in view with the question.
        let asksAboutCheck = [.firstTimeCheckAsked, .firstTimeCheckNotDone].contains(holdup)
        let asksAboutList = asksAboutCheck || [.confirmContraindications, .contraindicationApplies].contains(holdup)
        if asksAboutCheck { answers.reverse() }
        sections += asksAboutList ? answers + [choiceLines(width: width)] : [choiceLines(width: width)] + answers
        if let position = routine.position?.resolved(for: language) {
            sections.append(section(wording.positionHeading, theme.title, paragraphs: [position], bulleted: false, width: width))
        }
        if !safety.stopIf.isEmpty {
            sections.append(section(wording.stopIfHeading, theme.caution, paragraphs: resolved(safety.stopIf), bulleted: true, width: width))
        }
        if !safety.notes.isEmpty {
            sections.append(section(wording.notesHeading, theme.title, paragraphs: resolved(safety.notes), bulleted: true, width: width))
        }
        if let course = routine.course, let limits = courseText(course) {
            sections.append(section(wording.courseHeading, theme.title, paragraphs: [limits], bulleted: false, width: width))
        }
        return Array(sections.joined(separator: [StyledLine.blank]))
    }

    /// Today's choices, each after its key: the sore side (for a routine with two-sided steps),
    /// a flare, gentle mode.
    private func choiceLines(width: Int) -> [StyledLine] {
        let flare = check.flare
        let sideKeys = [SafetyCheckCommand.soreLeft, .soreRight, .soreNeither].map { keys.hintKey(for: $0) }.joined()
        let rows = (check.asksSoreSide ? [(sideKeys, wording.soreSideLabel, wording.soreSide(check.soreSide.answer))] : []) + [
            (keys.hintKey(for: .toggleFlare), wording.flareLabel, wording.yesNo(flare.flare)),
            (keys.hintKey(for: .toggleGentle), wording.gentleLabel, wording.gentle(flare)),
        ]
        return rows.flatMap { key, label, value in
            keyedLines(key: key, text: "\(label): \(value)", width: width)
        }
    }

    /// `text` wrapped after its key, the key in the key style and the lines after it indented.
    private func keyedLines(key: String, text: String, width: Int) -> [StyledLine] {
        let marker = key.padded(to: 5)
        return WordWrap.hangingLines(of: text, marker: marker, width: width).enumerated().map { index, line in
            guard index == 0 else { return StyledLine(line) }
            return StyledLine(spans: [StyledSpan(marker, theme.key), StyledSpan(String(line.dropFirst(marker.count)))])
        }
    }

    /// The contraindications in full, or folded to the day they were confirmed.
    private func contraindicationLines(_ texts: [String], width: Int) -> [StyledLine] {
        let confirmation = check.contraindications
        let folded = confirmation.foldedOn.map { day in
            keyedLines(
                key: keys.hintKey(for: .toggleContraindications),
                text: wording.confirmed(on: day) + " · " + (confirmation.showsList ? wording.foldList : wording.showList), width: width
            )
        } ?? []
        let list = confirmation.showsList ? section(wording.contraindicationsHeading, theme.warning, paragraphs: texts, bulleted: true, width: width) : []
        return folded + list
    }

    /// Where the person stands in the course, under the overview: the next session's number
    /// and the last one's day, and plainly, once the course is full, the rest it asks for.
    private func standingLines(width: Int) -> [StyledLine] {
        guard let standing = check.standing, standing.maxSessions != nil || standing.lastSessionDay != nil else { return [] }
        let summary = standing.summary(in: theme.words)
        let line = standing.limitReached ? summary : theme.words[.sessionNext] + summary
        var lines = StyledLine.wrapped(line, width: width, style: theme.title)
        if standing.limitReached, let rest = standing.restUntil {
            let limit = wording.courseFull(sessions: standing.maxSessions ?? 0, restUntil: rest)
            lines += StyledLine.wrapped(limit, width: width, style: theme.warning)
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
        if let limits = wording.courseLimits(sessions: course.maxSessions, restDays: course.restDays) { sentences.append(limits) }
        if let note = course.note?.resolved(for: language) { sentences.append(note) }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }
}
