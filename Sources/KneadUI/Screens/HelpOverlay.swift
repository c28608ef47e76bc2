/// The box that lists every key, those of the current screen first.
struct HelpOverlay {
    /// The screen under the box, whose keys come first.
    let mode: AppMode
    let theme: Theme

    func draw(into screen: inout Screen) {
        let width = Box.maximumContentWidth(on: screen)
        let words = theme.words
        let session = section(words["help.session"], SessionCommand.bindings, width: width)
            + [StyledLine.blank] + section(words["help.itHurts"], ItHurtsCommand.bindings, width: width)
        let picker = section(words["help.picker"], PickerCommand.bindings, width: width)
        let safetyCheck = section(words["help.safetyCheck"], SafetyCheckCommand.bindings, width: width)
        let sections = switch mode {
        case .picker: [picker, safetyCheck, session]
        case .safetyCheck, .courseWarning, .painBefore: [safetyCheck, session, picker]
        case .session, .painAfter, .finished: [session, safetyCheck, picker]
        }
        let footer = StyledLine(words["help.close"], theme.faint)
        Box(title: words["help.title"], lines: Array(sections.joined(separator: [StyledLine.blank])), footer: footer, frameStyle: theme.frame)
            .draw(into: &screen)
    }

    /// A heading and one row per binding; the keys line up in a column when there is room.
    private func section<Command>(_ heading: String, _ bindings: [KeyBinding<Command>], width: Int) -> [StyledLine] {
        let labelWidth = width >= 40 ? 14 : 0
        let words = theme.words
        return [StyledLine(heading, theme.title)] + bindings.map { binding in
            let label = binding.label.padded(to: max(labelWidth, binding.label.count + 1))
            return StyledLine(spans: [StyledSpan(label, theme.key), StyledSpan(words[binding.action])])
        }
    }
}
