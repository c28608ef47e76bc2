import KneadCore

/// Draws the pain question: the scale from 0 to 10 with the highlighted answer, and its keys.
struct PainQuestionScreen: StackedScreen {
    let question: PainQuestion
    /// The routine's title, shown above the question.
    let title: String
    let theme: Theme

    func stack(width: Int, height: Int) -> VerticalStack {
        let ask = question.moment == .before ? "How much does it hurt now?" : "And now, after the session?"
        var blocks: [StackItem] = [
            .block(LayoutBlock(priority: 3, StyledLine(title, theme.faint))),
            .block(.gap(priority: 6)),
            .block(LayoutBlock(priority: 0, lines: WordWrap.lines(of: ask, width: width).map { StyledLine($0, theme.title) })),
            .block(.gap(priority: 5)),
            .block(LayoutBlock(priority: 0, scale(width: width))),
            .block(LayoutBlock(priority: 2, StyledLine(width >= 36 ? "0 no pain · 10 the worst imaginable" : "0 none · 10 worst", theme.faint))),
        ]
        if let reference = referenceText {
            blocks.append(.block(.gap(priority: 7)))
            blocks.append(.block(LayoutBlock(priority: 4, StyledLine(reference, theme.faint))))
        }
        let hints = [
            KeyHint("0-9", "answer", rank: 0), KeyHint("←→ Enter", "10", rank: 3),
            question.highlighted == nil ? nil : KeyHint("Enter", "\(question.highlighted ?? 0)", rank: 1),
            KeyHint("s", "skip", rank: 1), KeyHint("Esc", question.moment == .before ? "back" : "skip", rank: 4),
        ].compactMap { $0 }
        blocks += [.spacer, .block(LayoutBlock(priority: 1, KeyHint.line(hints, width: width, theme: theme)))]
        return VerticalStack(blocks)
    }

    /// The numbers 0 to 10 in a row, the highlighted one reversed; spaced wider when there is room.
    private func scale(width: Int) -> StyledLine {
        let cell = width >= 44 ? 4 : (width >= 33 ? 3 : 2)
        let spans = PainScale.range.map { value -> StyledSpan in
            let number = String(value)
            let padded = String(repeating: " ", count: max(0, cell - number.count)) + number
            return StyledSpan(padded, value == question.highlighted ? theme.selected : theme.title)
        }
        return StyledLine(spans: spans)
    }

    /// "Last time: 6 before → 3 after", or "Before: 6" after a session.
    private var referenceText: String? {
        guard let reference = question.reference else { return nil }
        switch question.moment {
        case .before:
            guard reference.before != nil || reference.after != nil else { return nil }
            return "Last time: \(PainScale.change(before: reference.before, after: reference.after))"
        case .after:
            return reference.before.map { "Before the session: \($0)" }
        }
    }
}
