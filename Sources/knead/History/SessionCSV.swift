import KneadCore

/// `knead history --csv`: one row per session, the same fields and names as the JSON.
enum SessionCSV {
    /// The header row's names, in order.
    static let columns = [
        "id", "routine", "routineTitle", "startedAt", "endedAt", "updatedAt", "utcOffsetMinutes", "ending", "stepCount",
        "stepReached", "stepsDone", "stepsSkipped", "activeSeconds", "pausedSeconds", "painBefore", "painAfter", "options",
        "courseLimitOverridden", "skippedSteps", "events", "soreSide", "flare", "gentle", "quitInStep",
    ]

    /// The whole file: the header and a row per session, lines ended by CRLF as RFC 4180 asks.
    static func text(_ sessions: [RecordedSession]) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for session in sessions { text += row(session).map(field).joined(separator: ",") + "\r\n" }
        return text
    }

    private static func row(_ session: RecordedSession) -> [String] {
        let offset = session.utcOffsetSeconds
        let number = { (value: Int?) in value.map(String.init) ?? "" }
        let seconds = { (value: Double?) in value.map { String(Int64($0.rounded())) } ?? "" }
        return [
            String(session.id), session.routineID, session.routineTitle,
            WallClockText.iso(session.startedAt, offset: offset), session.endedAt.map { WallClockText.iso($0, offset: offset) } ?? "",
            WallClockText.iso(session.updatedAt, offset: offset), String(offset / 60), session.ending.rawValue,
            String(session.stepCount), String(session.stepReached), number(session.stepsDone), number(session.stepsSkipped),
            seconds(session.activeSeconds), seconds(session.pausedSeconds), number(session.pain.before), number(session.pain.after),
            session.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
            session.courseLimitOverridden ? "true" : "false",
            session.skippedStepNames.joined(separator: "; "),
            session.events.map { event in
                ([event.kind, event.step.map(String.init) ?? "", event.detail ?? ""] + (event.choice.map { [$0] } ?? [])).joined(separator: ":")
            }.joined(separator: "; "),
            session.soreSide?.rawValue ?? "", session.flare ? "true" : "false", session.gentle ? "true" : "false",
            number(session.quitInStep),
        ]
    }

    /// A field quoted when it holds a comma, a quote or a line break, quotes doubled inside;
    /// control characters from a script's texts are made visible, as everywhere knead prints.
    private static func field(_ raw: String) -> String {
        let text = VisibleLine.sanitized(raw)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
