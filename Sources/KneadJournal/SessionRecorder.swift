import KneadCore

/// Carries out the journal entries of a run of knead: writes each session's row as it starts,
/// as each step starts and as it ends.
///
/// A failed write never stops the session: it becomes a one-line warning (each said once),
/// and the next write carries the whole state again, so a write lost to a lock is made good
/// by the next one. A file found damaged while writing is moved aside and the session goes on
/// in a new journal.
public final class SessionRecorder {
    /// Every warning so far, in order, each once; printed on standard error after the session.
    public private(set) var warnings: [String] = []
    /// The journal written to, or nil when it could not be opened.
    public private(set) var journal: Journal?
    /// The session being recorded.
    private var current: RecordingSession?
    /// Whether a damaged journal was already moved aside during this run.
    private var hasStartedAfresh = false
    /// The words of the warnings, in the person's language.
    private let words: Wording

    /// A recorder writing to `journal`, with the warnings its opening gave, warning later in the
    /// language of `words`.
    public init(journal: Journal?, warnings: [String] = [], words: Wording = .english) {
        self.journal = journal
        self.words = words
        for warning in warnings { note(warning) }
    }

    /// A recorder for the journal at `path` (nil: no journal can be found, nothing is recorded),
    /// warning in the language of `words`.
    public static func open(path: String?, words: Wording = .english) -> SessionRecorder {
        guard let path else { return SessionRecorder(journal: nil, warnings: [words["journal.noHome"]], words: words) }
        let opening = Journal.openForRecording(at: path, words: words)
        return SessionRecorder(journal: opening.journal, warnings: opening.warnings, words: words)
    }

    /// The id of the session being recorded, once its row is written.
    public var currentSessionID: Int64? { current?.id }

    /// Writes `entry` stamped with `time`; returns a warning to show if this brought a new one.
    @discardableResult
    public func record(_ entry: JournalEntry, at time: LocalTime) -> String? {
        let before = warnings.count
        switch entry {
        case .sessionStarted(let start):
            current = RecordingSession(start: start, startedAt: time)
            writeRow(at: time)
        case .stepStarted(let index):
            guard var session = current, session.id == nil || index + 1 > session.stepReached else { break }
            session.stepReached = max(session.stepReached, index + 1)
            current = session
            attempt(at: time) { journal, id throws(SQLiteError) in
                try journal.updateStepReached(session: id, stepNumber: session.stepReached, at: time)
            }
        case .sessionEnded(let report, let ending):
            guard current != nil else { break }
            current?.end = RecordingSession.End(report: report, ending: ending, time: time)
            writeEnd(at: time)
        case .eventNoted(let kind, let step, let detail):
            guard current != nil else { break }
            attempt(at: time) { journal, id throws(SQLiteError) in
                try journal.insertEvent(session: id, kind: kind, step: step, detail: detail, at: time)
            }
        case .itHurts(let step, let name, let choice):
            guard current != nil else { break }
            if choice == .gentle { current?.start.gentle = true }
            attempt(at: time) { journal, id throws(SQLiteError) in
                try journal.insertItHurts(session: id, step: step, stepName: name, choice: choice, at: time)
            }
        case .safetyAnswered(let answer):
            writeSafetyAnswer(answer, at: time)
        case .painAfter(let rating):
            guard current != nil else { break }
            current?.painAfter = rating
            attempt(at: time) { journal, id throws(SQLiteError) in
                try journal.setPainAfter(session: id, rating: rating, at: time)
            }
        }
        return warnings.count > before ? warnings.last : nil
    }

    // MARK: - Writing

    /// Writes the session's row (when it has none yet) with its whole state so far.
    private func writeRow(at time: LocalTime) {
        guard var session = current, session.id == nil, let journal else { return }
        do {
            let id = try journal.insertSession(session.start, at: session.startedAt)
            session.id = id
            current = session
            if session.stepReached > 1 { try journal.updateStepReached(session: id, stepNumber: session.stepReached, at: time) }
            if session.end != nil { writeEnd(at: time) }
            if session.painAfter != nil { try journal.setPainAfter(session: id, rating: session.painAfter, at: time) }
        } catch {
            handle(error, at: time)
        }
    }

    /// Keeps a safety answer; it belongs to no session, so a failure is only a warning.
    private func writeSafetyAnswer(_ answer: SafetyAnswer, at time: LocalTime) {
        guard let journal else { return }
        do {
            try journal.insertSafetyAnswer(answer, at: time)
        } catch {
            note(error.meansBusy ? words("journal.lockedAnswer", journal.path) : words("journal.cannotWrite", journal.path, error.message))
        }
    }

    private func writeEnd(at time: LocalTime) {
        guard let session = current, let end = session.end else { return }
        let names = session.start.stepNames
        let numbered = { (index: Int) in (step: index + 1, name: names.indices.contains(index) ? names[index] : "step \(index + 1)") }
        let skipped = (end.report?.skippedByChoice ?? []).map(numbered)
        let quit = end.report?.quitStep.map(numbered)
        let wallSeconds = Double(max(0, end.time.unixSeconds - session.startedAt.unixSeconds))
        let reached = max(session.stepReached, ((end.report?.done ?? []) + (end.report?.skipped ?? [])).max().map { $0 + 1 } ?? 0)
        attempt(at: time) { journal, id throws(SQLiteError) in
            try journal.endSession(
                id: id, ending: end.ending, report: end.report, stepReached: reached,
                skippedNames: skipped, quitIn: quit, activeSeconds: wallSeconds, at: end.time
            )
        }
    }

    /// Runs `write` on the session's row, writing the row first when an earlier write failed.
    private func attempt(at time: LocalTime, _ write: (Journal, Int64) throws(SQLiteError) -> Void) {
        guard let journal, let session = current else { return }
        guard let id = session.id else {
            writeRow(at: time)
            return
        }
        do {
            try write(journal, id)
        } catch {
            handle(error, at: time)
        }
    }

    /// Turns a failed write into a warning; a damaged file is moved aside and the row written anew.
    private func handle(_ error: SQLiteError, at time: LocalTime) {
        guard let journal else { return }
        if error.meansDamagedFile {
            // Damage found while writing: the file is moved aside once, and the session goes on
            // in a new journal; damage found again gives up recording rather than loop.
            let path = journal.path
            journal.close()
            self.journal = nil
            guard !hasStartedAfresh else {
                note(words("journal.damaged", path, error.message))
                return
            }
            hasStartedAfresh = true
            let reopened = Journal.startAfresh(at: path, now: time, words: words)
            for warning in reopened.warnings { note(warning) }
            guard let fresh = reopened.journal else { return }
            self.journal = fresh
            current?.id = nil
            writeRow(at: time)
        } else if error.meansBusy {
            note(words("journal.locked", journal.path))
        } else {
            note(words("journal.cannotWrite", journal.path, error.message))
        }
    }

    private func note(_ warning: String) {
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
