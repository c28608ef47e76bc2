import KneadCore

/// Draws the pain question: the scale from 0 to 10 with the highlighted answer, and its keys.
struct PainQuestionScreen: StackedScreen {
    let question: PainQuestion
    /// The routine's title, shown above the question.
    let title: String
    let theme: Theme

    private var words: Wording { theme.words }

    func stack(width: Int, height: Int) -> VerticalStack {
        let ask = words[question.moment == .before ? .painAskBefore : .painAskAfter]
        var blocks: [StackItem] = [
            .block(LayoutBlock(priority: 3, StyledLine(title, theme.faint))),
            .block(.gap(priority: 6)),
            .block(LayoutBlock(priority: 0, lines: StyledLine.wrapped(ask, width: width, style: theme.title))),
            .block(.gap(priority: 5)),
            .block(LayoutBlock(priority: 0, scale(width: width))),
            .block(LayoutBlock(priority: 2, StyledLine(words[ColumnWidth.of(words[.painScale]) <= width ? .painScale : .painScaleShort], theme.faint))),
        ]
        if let reference = referenceText {
            blocks.append(.block(.gap(priority: 7)))
            blocks.append(.block(LayoutBlock(priority: 4, StyledLine(reference, theme.faint))))
        }
        let keys = PainQuestionCommand.bindings
        let hints = [
            KeyHint(keys.hintKey(for: .answerDigit), words[.hintAnswer], rank: 0),
            KeyHint(keys.hintKey(for: .lower) + keys.hintKey(for: .higher), words[.hintChoose], rank: 3),
            question.highlighted.map { KeyHint(keys.hintKey(for: .answerHighlighted), words(.hintGive, $0), rank: 1) },
            KeyHint(keys.hintKey(for: .skip), words[.hintSkip], rank: 1),
            question.moment == .before ? KeyHint(keys.hintKey(for: .back), words[.hintBack], rank: 4) : nil,
        ].compactMap { $0 }
        blocks += [.spacer, .block(LayoutBlock(priority: 1, KeyHint.line(hints, width: width, theme: theme)))]
        return VerticalStack(blocks)
    }

    /// The numbers 0 to 10 in a row, the highlighted one in brackets and reversed; spaced wider
    /// when there is room. Each number takes `cell` columns, its last one kept for a bracket.
    private func scale(width: Int) -> StyledLine {
        let cell = width >= 48 ? 4 : (width >= 36 ? 3 : 2)
        let spans = PainScale.range.map { value -> StyledSpan in
            let number = String(value)
            if value == question.highlighted {
                return StyledSpan(String(repeating: " ", count: max(0, cell - 2 - number.count)) + "[\(number)]", theme.selected)
            }
            return StyledSpan(String(repeating: " ", count: max(0, cell - 1 - number.count)) + number + " ", theme.title)
        }
        return StyledLine(spans: spans)
    }

    /// "Last time: 6 before → 3 after", or "Before: 6" after a session.
    private var referenceText: String? {
        guard let reference = question.reference else { return nil }
        switch question.moment {
        case .before:
            guard reference.before != nil || reference.after != nil else { return nil }
            return words(.painLastTime, PainScale.change(before: reference.before, after: reference.after))
        case .after:
            return reference.before.map { words(.painBeforeSession, $0) }
        }
    }
}
