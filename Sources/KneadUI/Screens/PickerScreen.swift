import KneadCore

/// The list of routines to choose from, each with its title, zone and total time, and the
/// summary of the highlighted one.
struct PickerScreen: StackedScreen {
    /// The most summary lines shown under the highlighted routine.
    static let summaryLineLimit = 3

    let routines: [Routine]
    /// The highlighted routine, by index.
    let selection: Int
    let theme: Theme
    let language: String?

    /// The keys shown at the bottom, from the most needed.
    private var hints: [KeyHint] {
        [KeyHint("↑↓", "choose", rank: 3), KeyHint("Enter", "open", rank: 1), KeyHint("1-9", "open by number", rank: 5),
         KeyHint("?", "help", rank: 4), KeyHint("q", "quit", rank: 1)]
    }

    func stack(width: Int, height: Int) -> VerticalStack {
        let heading = width >= 24 ? "knead · choose a routine" : "Choose a routine"
        return VerticalStack([
            .block(LayoutBlock(priority: 0, StyledLine(heading, theme.title))),
            .block(LayoutBlock(priority: 2, .rule(width: width, style: theme.faint))),
            .flexible { height in listLines(width: width, height: height) },
            .block(LayoutBlock(priority: 1, KeyHint.line(hints, width: width, theme: theme))),
        ])
    }

    /// The rows of the list within `height`, scrolled so that the highlighted routine shows.
    private func listLines(width: Int, height: Int) -> [StyledLine] {
        guard !routines.isEmpty else { return [StyledLine("No routines found.", theme.faint)] }
        var lines: [StyledLine] = []
        var selectedRows = 0..<0
        for (index, routine) in routines.enumerated() {
            let entry = entryLines(routine, number: index + 1, selected: index == selection, width: width)
            if index == selection { selectedRows = lines.count..<(lines.count + entry.count) }
            lines += entry
        }
        let firstRow = selectedRows.upperBound > height ? min(selectedRows.lowerBound, selectedRows.upperBound - height) : 0
        return Array(lines.dropFirst(max(0, firstRow)))
    }

    /// The row of one routine, followed by its summary when it is highlighted.
    private func entryLines(_ routine: Routine, number: Int, selected: Bool, width: Int) -> [StyledLine] {
        let total = ClockText.countdown(Timeline(routine: routine).totalDuration)
        let details = [width >= 40 ? routine.zone : nil, total].compactMap { $0 }.joined(separator: " · ")
        let numberText = number <= 9 ? "\(number) " : "  "
        let titleStyle = selected ? theme.selected : theme.title
        let row = StyledLine(
            spans: [StyledSpan(numberText, selected ? theme.selected : theme.key), StyledSpan(routine.title.resolved(for: language), titleStyle)],
            trailing: [StyledSpan(details, selected ? theme.selected : theme.faint)],
            fill: selected ? theme.selected : nil
        )
        guard selected, let summary = routine.summary?.resolved(for: language) else { return [row] }
        let summaryLines = WordWrap.lines(of: summary, width: width - 2).prefix(Self.summaryLineLimit)
        return [row] + summaryLines.map { StyledLine("  " + $0, theme.faint) }
    }
}
