import KneadCore

/// The "it hurts" box drawn over the paused session.
struct ItHurtsOverlay {
    /// The box's words in the person's language.
    struct Wording {
        let words: KneadCore.Wording

        var title: String { words[.hurtsTitle] }
        var easeOff: String { words[.hurtsEaseOff] }
        var strongPain: String { words[.hurtsStrongPain] }
        var again: String { words[.hurtsAgain] }
        var defaultMark: String { words[.hurtsDefaultMark] }

        func action(_ choice: ItHurtsChoice) -> String {
            switch choice {
            case .gentle: words[.hurtsGentle]
            case .skip: words[.hurtsSkip]
            case .end: words[.hurtsEnd]
            case .resume: words[.hurtsResume]
            }
        }
    }

    let box: ItHurtsBox
    let theme: Theme

    func draw(into screen: inout Screen, area: Area) {
        let wording = Wording(words: theme.words)
        let keys = ItHurtsCommand.bindings
        let width = Box.maximumContentWidth(in: area)
        var lines = StyledLine.wrapped(wording.easeOff, width: width, style: theme.title)
            + StyledLine.wrapped(wording.strongPain, width: width, style: theme.warning)
        if box.recommendsEnding { lines += StyledLine.wrapped(wording.again, width: width, style: theme.warning) }
        // A blank row before the choices only when the box has room for it.
        if lines.count + box.choices.count + 4 <= area.height { lines.append(.blank) }
        lines += box.choices.map { choice in
            let mark = choice == box.defaultChoice ? wording.defaultMark : ""
            return StyledLine(spans: [StyledSpan(keys.hintKey(for: .choose(choice)) + ": ", theme.key), StyledSpan(wording.action(choice) + mark)])
        }
        let footer = StyledLine(keys.hintKey(for: .takeDefault) + ": " + wording.action(box.defaultChoice), theme.faint)
        Box(title: wording.title, lines: lines, footer: footer, frameStyle: theme.frame).draw(into: &screen, area: area)
    }
}
