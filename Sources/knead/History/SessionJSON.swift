import KneadCore

/// One recorded session as `knead history --json` prints it; the names are stable and
/// documented in docs/journal.md.
struct SessionJSON: Encodable {
    let session: RecordedSession

    /// One event of the session.
    struct Event: Encodable {
        let event: RecordedEvent

        enum CodingKeys: String, CodingKey { case kind, step, detail, at }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(event.kind, forKey: .kind)
            try container.encode(event.step, forKey: .step)
            try container.encode(event.detail, forKey: .detail)
            try container.encode(WallClockText.iso(event.at, offset: nil), forKey: .at)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, routine, routineTitle, startedAt, endedAt, updatedAt, utcOffsetMinutes, ending, stepCount, stepReached,
             stepsDone, stepsSkipped, activeSeconds, pausedSeconds, painBefore, painAfter, options, courseLimitOverridden,
             skippedSteps, events
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let offset = session.utcOffsetSeconds
        try container.encode(session.id, forKey: .id)
        try container.encode(session.routineID, forKey: .routine)
        try container.encode(session.routineTitle, forKey: .routineTitle)
        try container.encode(WallClockText.iso(session.startedAt, offset: offset), forKey: .startedAt)
        try container.encode(session.endedAt.map { WallClockText.iso($0, offset: offset) }, forKey: .endedAt)
        try container.encode(WallClockText.iso(session.updatedAt, offset: offset), forKey: .updatedAt)
        try container.encode(offset / 60, forKey: .utcOffsetMinutes)
        try container.encode(session.ending.rawValue, forKey: .ending)
        try container.encode(session.stepCount, forKey: .stepCount)
        try container.encode(session.stepReached, forKey: .stepReached)
        try container.encode(session.stepsDone, forKey: .stepsDone)
        try container.encode(session.stepsSkipped, forKey: .stepsSkipped)
        try container.encode(session.activeSeconds, forKey: .activeSeconds)
        try container.encode(session.pausedSeconds, forKey: .pausedSeconds)
        try container.encode(session.pain.before, forKey: .painBefore)
        try container.encode(session.pain.after, forKey: .painAfter)
        try container.encode(session.options, forKey: .options)
        try container.encode(session.courseLimitOverridden, forKey: .courseLimitOverridden)
        try container.encode(session.skippedStepNames, forKey: .skippedSteps)
        try container.encode(session.events.map(Event.init), forKey: .events)
    }
}
