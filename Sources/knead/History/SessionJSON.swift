import KneadCore

/// One recorded session as `knead history --json` prints it; the names are stable and
/// documented in docs/journal.md, and come in alphabetical order.
enum SessionJSON {
    /// The session as a JSON object whose lines after the first start with `indent`.
    static func text(_ session: RecordedSession, indent: String) -> String {
        let offset = session.utcOffsetSeconds
        let inner = indent + "  "
        let options = session.options.sorted { $0.key < $1.key }.map { (key: $0.key, value: JSONLiteral.string($0.value)) }
        let events = session.events.map { event in
            JSONLiteral.object([
                ("at", JSONLiteral.string(WallClockText.iso(event.at, offset: offset))),
                ("choice", JSONLiteral.string(event.choice)),
                ("detail", JSONLiteral.string(event.detail)),
                ("kind", JSONLiteral.string(event.kind)),
                ("step", JSONLiteral.number(event.step)),
            ], indent: inner + "  ")
        }
        return JSONLiteral.object([
            ("activeSeconds", JSONLiteral.number(session.activeSeconds)),
            ("courseLimitOverridden", session.courseLimitOverridden ? "true" : "false"),
            ("endedAt", JSONLiteral.string(session.endedAt.map { WallClockText.iso($0, offset: offset) })),
            ("ending", JSONLiteral.string(session.ending.rawValue)),
            ("events", JSONLiteral.array(events, indent: inner)),
            ("flare", session.flare ? "true" : "false"),
            ("gentle", session.gentle ? "true" : "false"),
            ("id", JSONLiteral.number(session.id)),
            ("options", JSONLiteral.object(options, indent: inner)),
            ("painAfter", JSONLiteral.number(session.pain.after)),
            ("painBefore", JSONLiteral.number(session.pain.before)),
            ("pausedSeconds", JSONLiteral.number(session.pausedSeconds)),
            ("quitInStep", JSONLiteral.number(session.quitInStep)),
            ("routine", JSONLiteral.string(session.routineID)),
            ("routineTitle", JSONLiteral.string(session.routineTitle)),
            ("skippedSteps", JSONLiteral.array(session.skippedStepNames.map(JSONLiteral.string), indent: inner)),
            ("soreSide", JSONLiteral.string(session.soreSide?.rawValue)),
            ("startedAt", JSONLiteral.string(WallClockText.iso(session.startedAt, offset: offset))),
            ("stepCount", JSONLiteral.number(session.stepCount)),
            ("stepReached", JSONLiteral.number(session.stepReached)),
            ("stepsDone", JSONLiteral.number(session.stepsDone)),
            ("stepsSkipped", JSONLiteral.number(session.stepsSkipped)),
            ("updatedAt", JSONLiteral.string(WallClockText.iso(session.updatedAt, offset: offset))),
            ("utcOffsetMinutes", JSONLiteral.number(offset / 60)),
        ], indent: indent)
    }
}
