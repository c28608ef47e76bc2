/// Draws the course warning: the limit reached, the rest asked for, and the keys.
struct CourseWarningScreen: StackedScreen {
    let warning: CourseWarning
    let title: String
    let theme: Theme

    func stack(width: Int, height: Int) -> VerticalStack {
        let paragraphs = warning.sentences(in: theme.words).enumerated().map { index, sentence in
            LayoutBlock(
                priority: index == 2 ? 1 : 0,
                lines: StyledLine.wrapped(sentence, width: width, style: index == 0 ? theme.caution : .plain)
            )
        }
        let start = theme.words[width >= 30 ? .hintStartAnyway : .hintStart]
        let keys = CourseWarningCommand.bindings
        let hints = KeyHint.line(
            [KeyHint(keys.hintKey(for: .startAnyway), start, rank: 0), KeyHint(keys.hintKey(for: .back), theme.words[.hintBack], rank: 1)],
            width: width, theme: theme
        )
        return VerticalStack(
            [.block(LayoutBlock(priority: 2, StyledLine(title, theme.title))), .block(.gap(priority: 4))]
                + paragraphs.map(StackItem.block) + [.spacer, .block(LayoutBlock(priority: 0, hints))]
        )
    }
}
