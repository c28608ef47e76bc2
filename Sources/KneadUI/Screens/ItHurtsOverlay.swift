import KneadCore

/// The "it hurts" box drawn over the paused session.
struct ItHurtsOverlay {
    /// Every English sentence of the box, in one place to translate.
    enum Wording {
        static let title = "It hurts"
        static let easeOff = "Ease off: lighter pressure, or stop the move."
        static let strongPain = "Strong or growing pain means stop."
        static let again = "It hurts again: better end the session here."
        static let defaultMark = " (Enter)"

        static func action(_ choice: ItHurtsChoice) -> String {
            switch choice {
            case .gentle: "go on gently"
            case .skip: "skip this step"
            case .end: "end the session"
            case .resume: "resume as it was"
            }
        }

        static func key(_ choice: ItHurtsChoice) -> String {
            switch choice {
            case .gentle: "g"
            case .skip: "s"
            case .end: "e"
            case .resume: "r"
            }
        }
    }

    let box: ItHurtsBox
    let theme: Theme

    func draw(into screen: inout Screen) {
        let width = Box.maximumContentWidth(on: screen)
        let wrapped = { (text: String, style: CellStyle) in WordWrap.lines(of: text, width: width).map { StyledLine($0, style) } }
        var lines = wrapped(Wording.easeOff, theme.title) + wrapped(Wording.strongPain, theme.warning)
        if box.recommendsEnding { lines += wrapped(Wording.again, theme.warning) }
        // A blank row before the choices only when the box has room for it.
        if lines.count + box.choices.count + 4 <= screen.height { lines.append(.blank) }
        lines += box.choices.map { choice in
            let mark = choice == box.defaultChoice ? Wording.defaultMark : ""
            return StyledLine(spans: [StyledSpan(Wording.key(choice) + ": ", theme.key), StyledSpan(Wording.action(choice) + mark)])
        }
        let footer = StyledLine("Enter: " + Wording.action(box.defaultChoice), theme.faint)
        Box(title: Wording.title, lines: lines, footer: footer, frameStyle: theme.frame).draw(into: &screen)
    }
}
