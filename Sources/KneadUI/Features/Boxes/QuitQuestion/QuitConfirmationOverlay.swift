/// The box that asks before a session is quit.
struct QuitConfirmationOverlay {
    let theme: Theme

    func draw(into screen: inout Screen, area: Area) {
        let width = Box.maximumContentWidth(in: area)
        let words = theme.words
        let question = StyledLine.wrapped(words[.quitQuestion], width: width, style: theme.title)
        let keys = QuitConfirmationCommand.bindings
        let footer = KeyHint.line(
            [KeyHint(keys.hintKey(for: .confirm), words[.hintQuit], rank: 0), KeyHint(keys.hintKey(for: .keepGoing), words[.hintKeepGoing], rank: 1)],
            width: width, theme: theme
        )
        Box(title: words[.quitTitle], lines: question, footer: footer, frameStyle: theme.frame).draw(into: &screen, area: area)
    }
}
