/// The box that asks before a session is quit.
struct QuitConfirmationOverlay {
    /// The question asked.
    static let question = "Quit this session? y/n"

    let theme: Theme

    func draw(into screen: inout Screen) {
        let width = Box.maximumContentWidth(on: screen)
        let question = WordWrap.lines(of: Self.question, width: width).map { StyledLine($0, theme.title) }
        let footer = KeyHint.line([KeyHint("y", "quit", rank: 0), KeyHint("n", "keep going", rank: 1)], width: width, theme: theme)
        Box(title: "Quit", lines: question, footer: footer, frameStyle: theme.frame).draw(into: &screen)
    }
}
