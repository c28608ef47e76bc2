import KneadCore

/// The list of routines to choose from, each with its title, zone, total time and summary.
struct PickerScreen: StackedScreen {
    /// The most summary lines shown under the highlighted routine.
    static let summaryLineLimit = 3

    let routines: [Routine]
    /// The highlighted routine, by index.
    let selection: Int
    let theme: Theme
    let language: String?
    /// Methods named under the list for information only: they are not choices.
    var specialistOnly: [SpecialistOnlyMethod] = []
    /// What the journal knows of each routine, by id; the highlighted one shows its course standing.
    var journal: [String: RoutineJournalFacts] = [:]

    private var words: Wording { theme.words }

    /// The keys shown at the bottom, from the most needed.
    private var hints: [KeyHint] {
        [KeyHint("↑↓", words[.hintChoose], rank: 3), KeyHint("Enter", words[.hintOpen], rank: 1),
         KeyHint("1-9", words[.hintOpenByNumber], rank: 6), KeyHint("c", words[.hintCalendar], rank: 5), KeyHint("?", words[.hintHelp], rank: 4),
         KeyHint("q", words[.hintQuit], rank: 1)]
    }

    func stack(width: Int, height: Int) -> VerticalStack {
        let heading = ColumnWidth.of(words[.pickerHeading]) <= width ? words[.pickerHeading] : words[.pickerHeadingShort]
        return VerticalStack([
            .block(LayoutBlock(priority: 0, StyledLine(heading, theme.title))),
            .block(LayoutBlock(priority: 2, .rule(width: width, style: theme.faint))),
            .flexible { height in listLines(width: width, height: height) },
            .block(LayoutBlock(priority: 1, KeyHint.line(hints, width: width, theme: theme))),
        ])
    }

    /// The rows of the list within `height`, scrolled so that the highlighted routine shows.
    ///
    /// When every routine fits with a line of its summary, each gets one; otherwise only the
    /// highlighted routine shows its summary.
    private func listLines(width: Int, height: Int) -> [StyledLine] {
        guard !routines.isEmpty else { return [StyledLine(words[.pickerEmpty], theme.faint)] }
        let roomy = entries(width: width, summaryLinesOfOthers: 1)
        let compact = entries(width: width, summaryLinesOfOthers: 0)
        let information = specialistOnlyLines(width: width)
        if roomy.lines.count + information.count <= height { return roomy.lines + information }
        if compact.lines.count + information.count <= height { return compact.lines + information }
        if roomy.lines.count <= height { return roomy.lines }
        let selectedRows = compact.selectedRows
        let firstRow = selectedRows.upperBound > height ? min(selectedRows.lowerBound, selectedRows.upperBound - height) : 0
        return Array(compact.lines.dropFirst(max(0, firstRow)))
    }

    /// The rows of every routine, and where the highlighted one stands among them.
    private func entries(width: Int, summaryLinesOfOthers: Int) -> (lines: [StyledLine], selectedRows: Range<Int>) {
        var lines: [StyledLine] = []
        var selectedRows = 0..<0
        for (index, routine) in routines.enumerated() {
            let selected = index == selection
            let summaryLines = selected ? Self.summaryLineLimit : summaryLinesOfOthers
            let entry = entryLines(routine, number: index + 1, selected: selected, summaryLines: summaryLines, width: width)
            if selected { selectedRows = lines.count..<(lines.count + entry.count) }
            lines += entry
        }
        return (lines, selectedRows)
    }

    /// A blank line, then each method knead never runs with what it is and why, shown only
    /// when the whole list fits above it (with one line per routine if need be).
    private func specialistOnlyLines(width: Int) -> [StyledLine] {
        guard !specialistOnly.isEmpty else { return [] }
        var lines = [StyledLine.blank, StyledLine(words[.pickerInformationOnly], theme.faint)]
        for method in specialistOnly {
            let text = method.title.resolved(for: language) + ": " + method.summary.resolved(for: language) + " "
                + method.reason.resolved(for: language)
            lines += WordWrap.lines(of: text, width: width - 2).map { StyledLine("  " + $0, theme.faint) }
        }
        return lines
    }

    /// Where the routine's course stands today, before its details: `due today (session 6 of at
    /// most 14) · `, or only `due today · ` on a narrow screen; nothing without a course under way.
    private func standingSpans(_ routine: Routine, selected: Bool, width: Int) -> [StyledSpan] {
        guard let status = journal[routine.id]?.courseStatus(for: routine.course), status.state != .noCourse else { return [] }
        let text = width >= Self.widthForSessionNumbers ? status.line(in: words) : status.phrase(in: words)
        let style = selected ? theme.selected : (status.isDue ? theme.caution : theme.faint)
        return [StyledSpan(text, style), StyledSpan(" · ", selected ? theme.selected : theme.faint)]
    }

    /// The narrowest list that names the session number beside a routine's standing.
    static let widthForSessionNumbers = 70

    /// The row of one routine, followed by up to `summaryLines` lines of its summary.
    private func entryLines(_ routine: Routine, number: Int, selected: Bool, summaryLines: Int, width: Int) -> [StyledLine] {
        let total = ClockText.countdown(Timeline(routine: routine).totalDuration)
        let details = [width >= 40 ? routine.zone?.resolved(for: language) : nil, total].compactMap { $0 }.joined(separator: " · ")
        let numberText = number <= 9 ? "\(number) " : "  "
        let titleStyle = selected ? theme.selected : theme.title
        let row = StyledLine(
            spans: [StyledSpan(numberText, selected ? theme.selected : theme.key), StyledSpan(routine.title.resolved(for: language), titleStyle)],
            trailing: standingSpans(routine, selected: selected, width: width) + [StyledSpan(details, selected ? theme.selected : theme.faint)],
            fill: selected ? theme.selected : nil
        )
        var standing: [StyledLine] = []
        if selected, let facts = journal[routine.id], facts.standing.lastSessionDay != nil {
            standing = [StyledLine("  " + facts.standing.summary(in: words), facts.standing.limitReached ? theme.caution : theme.key)]
        }
        guard summaryLines > 0, let summary = routine.summary?.resolved(for: language) else { return [row] + standing }
        var wrapped = Array(WordWrap.lines(of: summary, width: width - 3))
        if wrapped.count > summaryLines {
            wrapped = Array(wrapped.prefix(summaryLines))
            wrapped[summaryLines - 1] += "…"
        }
        return [row] + wrapped.map { StyledLine("  " + $0, theme.faint) } + standing
    }
}
