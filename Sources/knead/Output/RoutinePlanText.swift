import KneadCore

/// Writes a routine's whole plan as text for `knead show`.
enum RoutinePlanText {
    /// The plan: title, summary, the steps with their times, then safety, course and source.
    static func render(_ routine: Routine, language: String?) -> String {
        let timeline = Timeline(routine: routine)
        let text = { (value: LocalizedText) in VisibleLine.sanitized(value.resolved(for: language)) }
        var lines = ["\(text(routine.title)) (\(routine.id)) — \(StepCount.text(timeline.steps.count)), \(timeline.totalDuration.clockText)"]
        if let summary = routine.summary { lines.append(text(summary)) }
        if let zone = routine.zone { lines.append("Zone: \(text(zone))") }
        if let position = routine.position { lines.append("Position: \(text(position))") }
        lines.append("")

        var start: Duration = .zero
        let rows = timeline.steps.enumerated().map { index, step -> [String] in
            start += step.duration
            return [
                "\(index + 1)",
                step.isTransition ? "get ready" : step.stage.technique.rawValue,
                StepWording.name(of: step, language: language),
                step.side?.rawValue ?? "",
                step.duration.clockText,
                start.clockText,
            ]
        }
        lines.append(TextTable.render(
            header: ["#", "TECHNIQUE", "MOVE", "SIDE", "TIME", "TOTAL"], rows: rows, rightAligned: [0, 4, 5]
        ))

        let safety = routine.safety
        lines += section("Do not do this routine with:", safety.contraindications.map(text))
        lines += section("Stop at once if:", safety.stopIf.map(text))
        lines += section("Notes:", safety.notes.map(text))
        lines += section("Once, before the very first session:", safety.firstTimeCheck.map { [text($0)] } ?? [])
        if safety.inFlare == .avoid { lines += section("In a flare (acute pain):", ["not done; knead will not start it"]) }
        if let course = routine.course {
            var facts: [String] = []
            if let most = course.maxSessions { facts.append("at most \(most) sessions in a course") }
            if let rest = course.restDays { facts.append("then rest \(rest) days") }
            if let note = course.note { facts.append(text(note)) }
            lines += section("Course:", facts)
        }
        if let source = routine.source { lines += section("Source:", [text(source)]) }
        return lines.joined(separator: "\n")
    }

    private static func section(_ heading: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        return ["", heading] + items.map { "  - \($0)" }
    }
}
