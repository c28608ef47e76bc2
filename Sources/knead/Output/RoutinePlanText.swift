import KneadUI
import KneadCore

/// Writes a routine's whole plan as text for `knead show`.
enum RoutinePlanText {
    /// The plan: title, summary, the steps with their times (each move's region, direction and
    /// point on a line below it), then safety, course and source.
    static func render(_ routine: Routine, language: String?) -> String {
        let timeline = Timeline(routine: routine)
        let text = { (value: LocalizedText) in VisibleLine.sanitized(value.resolved(for: language)) }
        let words = Wording(code: language)
        var lines = ["\(text(routine.title)) (\(routine.id)) — \(StepCount.text(timeline.steps.count, in: words)), \(timeline.totalDuration.clockText)"]
        if let summary = routine.summary { lines.append(text(summary)) }
        if let zone = routine.zone { lines.append(words(.cliShowZone, text(zone))) }
        if let position = routine.position { lines.append(words(.cliShowPosition, text(position))) }
        let figure = RoutineFigureText.lines(of: routine, language: language)
        if !figure.isEmpty { lines += [""] + figure.map { "  " + $0 } }
        lines.append("")

        var start: Duration = .zero
        let rows = timeline.steps.enumerated().map { index, step -> [String] in
            start += step.duration
            return [
                "\(index + 1)",
                step.isTransition ? words[.cliShowGetReady] : words.technique(step.stage.technique).lowercased(),
                StepWording.name(of: step, language: language),
                step.side.map(words.sideWord) ?? "",
                step.duration.clockText,
                start.clockText,
            ]
        }
        let places = timeline.steps.enumerated().reduce(into: [Int: String]()) { places, numbered in
            if !numbered.element.isTransition, let place = words.place(of: numbered.element.stage) { places[numbered.offset] = place }
        }
        lines.append(TextTable.render(
            header: ["#", words[.cliShowTechnique], words[.cliShowMove], words[.cliShowSide], words[.cliListTime], words[.cliShowTotal]],
            rows: rows, rightAligned: [0, 4, 5], notes: places, notesColumn: 2
        ))

        let safety = routine.safety
        lines += section(words[.cliShowContraindications], safety.contraindications.map(text))
        lines += section(words[.cliShowStopIf], safety.stopIf.map(text))
        lines += section(words[.cliShowNotes], safety.notes.map(text))
        lines += section(words[.cliShowFirstTimeCheck], safety.firstTimeCheck.map { [text($0)] } ?? [])
        if safety.inFlare == .avoid { lines += section(words[.cliShowInFlare], [words[.cliShowInFlareAvoided]]) }
        if let course = routine.course {
            var facts: [String] = []
            switch course.rhythm {
            case .everyDays(1)?: facts.append(words[.cliShowDaily])
            case .everyDays(let days)?: facts.append(words(.cliShowEveryDays, words.count(.days, days)))
            case .perWeek(let sessions)?: facts.append(words(.cliShowPerWeek, sessions))
            case nil: break
            }
            if let most = course.maxSessions { facts.append(words(.cliShowMaxSessions, most)) }
            if let longest = course.longestDays { facts.append(words(.cliShowLongestDays, words.count(.days, longest))) }
            if let rest = course.restDays { facts.append(words(.cliShowRest, words.count(.days, rest))) }
            if let note = course.note { facts.append(text(note)) }
            lines += section(words[.cliShowCourse], facts)
        }
        if let source = routine.source { lines += section(words[.cliShowSource], [text(source)]) }
        return lines.joined(separator: "\n")
    }

    private static func section(_ heading: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        return ["", heading] + items.map { "  - \($0)" }
    }
}
