/// The box that lists every key, those of the current screen first.
struct HelpOverlay {
    /// The sections to list, those of the screen under the box first.
    let sections: [KeySection]
    let theme: Theme

    func draw(into screen: inout Screen, area: Area) {
        let width = Box.maximumContentWidth(in: area)
        let words = theme.words
        let lines = sections.map { section($0, width: width) }
        let footer = StyledLine(words[.helpClose], theme.faint)
        Box(title: words[.helpTitle], lines: Array(lines.joined(separator: [StyledLine.blank])), footer: footer, frameStyle: theme.frame)
            .draw(into: &screen, area: area)
    }

    /// A heading and one row per binding; the keys line up in a column when there is room.
    private func section(_ section: KeySection, width: Int) -> [StyledLine] {
        let labelWidth = width >= 40 ? 14 : 0
        let words = theme.words
        return [StyledLine(words[section.heading], theme.title)] + section.rows.map { row in
            let label = row.label.padded(to: max(labelWidth, row.label.count + 1))
            return StyledLine(spans: [StyledSpan(label, theme.key), StyledSpan(words[row.action])])
        }
    }
}
