import KneadCore

/// What a `SessionRecorder` knows of the session it records, so that it can be written whole
/// again into a journal started afresh.
struct RecordingSession {
    /// How the session ended, once it has.
    struct End {
        var report: SessionReport?
        var ending: SessionEnding
        var time: LocalTime
    }

    var start: SessionStartRecord
    var startedAt: LocalTime
    /// The number of its row among the recorder's writes, until and after the journal gives it an id.
    var number: Int
    /// The number (from 1) of the last step started.
    var stepReached = 1
    var end: End?
    var painAfter: Int?

    /// The session's row, as the recorder's writes name it.
    var row: JournalWrite.Row { .unwritten(number) }

    /// How its row keeps its end, once it has ended.
    var endWrite: JournalWrite.End? {
        guard let end else { return nil }
        let names = start.stepNames
        let named = { (index: Int) in JournalWrite.NamedStep(step: index + 1, name: names.indices.contains(index) ? names[index] : "step \(index + 1)") }
        let report = end.report
        let wallSeconds = Double(max(0, end.time.unixSeconds - startedAt.unixSeconds))
        let reached = max(stepReached, ((report?.done ?? []) + (report?.skipped ?? [])).max().map { $0 + 1 } ?? 0)
        return JournalWrite.End(
            ending: end.ending, stepsDone: report?.done.count, stepsSkipped: report?.skippedByChoice.count,
            activeSeconds: report?.activeTime.inSeconds ?? wallSeconds, pausedSeconds: report?.pausedTime.inSeconds,
            stepReached: reached, skipped: (report?.skippedByChoice ?? []).map(named), quitIn: report?.quitStep.map(named)
        )
    }

    /// Every write that brings a new row to what is known of the session now.
    var wholeRowWrites: [JournalWrite] {
        var writes: [JournalWrite] = [.insertSession(number: number, start, at: startedAt)]
        if stepReached > 1 { writes.append(.stepReached(row, stepNumber: stepReached, at: startedAt)) }
        if let end, let endWrite { writes.append(.endSession(row, endWrite, at: end.time)) }
        if let painAfter { writes.append(.painAfter(row, rating: painAfter, at: end?.time ?? startedAt)) }
        return writes
    }
}
