import KneadCore

/// Carries out the journal entries of a run of knead: writes each session's row as it starts,
/// as each step starts and as it ends.
///
/// A failed write never stops the session: it becomes a one-line warning (each said once).
/// A write the journal cannot take because another program holds its lock is kept, in order,
/// in memory and in a pending file beside the journal, and tried again with the next entry, at
/// the session's end, and at the latest when knead next opens the journal; the pending file is
/// removed only once everything in it is written. A file found damaged while writing is moved
/// aside and the session goes on in a new journal.
public final class SessionRecorder {
    /// The journal written to, or nil when it could not be opened.
    public private(set) var journal: Journal?
    /// The warnings noted so far, in order, each once.
    private var noted: [String] = []
    /// The session being recorded.
    private var current: RecordingSession?
    /// The writes the journal has not taken yet, in order.
    private var unwritten: [JournalWrite] = []
    /// The ids the journal gave the rows of this recorder's writes, by their numbers.
    private var written: [Int: Int64] = [:]
    /// The number the next new row gets.
    private var nextRowNumber = 1
    /// Where unwritten writes are kept between runs; nil when there is no journal, or when a
    /// pending file is there that could not be read (it is then left as it is).
    private var pendingFile: PendingFile?
    /// Whether the journal was ever found busy during this run, or writes were left from an earlier one.
    private var hasWaited = false
    /// Whether a damaged journal was already moved aside during this run.
    private var hasStartedAfresh = false
    /// The words of the warnings, in the person's language.
    private let words: Wording

    /// A recorder writing to `journal`, with the warnings its opening gave, warning later in the
    /// language of `words`. Writes an earlier run left in the journal's pending file are written
    /// first, when the journal can take them.
    public init(journal: Journal?, warnings: [String] = [], words: Wording = .english) {
        self.journal = journal
        self.words = words
        for warning in warnings { note(warning) }
        guard let journal else { return }
        let pending = PendingFile(journalPath: journal.path)
        do throws(PendingFile.Unreadable) {
            unwritten = try pending.load()
            pendingFile = pending
        } catch {
            note(words(.journalPendingUnreadable, pending.path, error.reason))
            return
        }
        guard !unwritten.isEmpty else { return }
        hasWaited = true
        nextRowNumber = (unwritten.compactMap { if case .insertSession(let number, _, _) = $0 { number } else { nil } }.max() ?? 0) + 1
        writeWhatWaits(at: WallClock.now())
    }

    /// A recorder for the journal at `path` (nil: no journal can be found, nothing is recorded),
    /// warning in the language of `words`.
    public static func open(path: String?, words: Wording = .english) -> SessionRecorder {
        guard let path else { return SessionRecorder(journal: nil, warnings: [words[.journalNoHome]], words: words) }
        let opening = Journal.openForRecording(at: path, words: words)
        return SessionRecorder(journal: opening.journal, warnings: opening.warnings, words: words)
    }

    /// The id of the session being recorded, once its row is written.
    public var currentSessionID: Int64? { current.flatMap { written[$0.number] } }

    /// Every warning so far, in order, each once, then the `standing`. Printed after the session.
    public var warnings: [String] { noted + (standing.map { [$0] } ?? []) }

    /// Where the journal stands when writes had to wait for it: all recorded now, or kept in the
    /// pending file until it is free; nil when nothing ever waited.
    public var standing: String? {
        guard hasWaited, let journal else { return nil }
        if unwritten.isEmpty { return words(.journalCaughtUp, journal.path) }
        guard let pendingFile else { return words(.journalHeldInMemoryOnly, journal.path) }
        return words(.journalKeptPending, journal.path, pendingFile.path)
    }

    /// Writes `entry` stamped with `time`; returns a warning to show if this brought a new one.
    @discardableResult
    public func record(_ entry: JournalEntry, at time: LocalTime) -> String? {
        let before = noted.count
        switch entry {
        case .sessionStarted(let start):
            let session = RecordingSession(start: start, startedAt: time, number: nextRowNumber)
            nextRowNumber += 1
            current = session
            unwritten.append(.insertSession(number: session.number, start, at: time))
        case .stepStarted(let index):
            guard var session = current, index + 1 > session.stepReached else { break }
            session.stepReached = index + 1
            current = session
            unwritten.append(.stepReached(session.row, stepNumber: session.stepReached, at: time))
        case .sessionEnded(let report, let ending):
            guard var session = current else { break }
            session.end = RecordingSession.End(report: report, ending: ending, time: time)
            current = session
            if let end = session.endWrite { unwritten.append(.endSession(session.row, end, at: time)) }
        case .eventNoted(let kind, let step, let detail):
            guard let session = current else { break }
            unwritten.append(.event(session.row, kind: kind, step: step, detail: detail, at: time))
        case .itHurts(let step, let name, let choice):
            guard var session = current else { break }
            if choice == .gentle { session.start.gentle = true }
            current = session
            unwritten.append(.itHurts(session.row, step: step, stepName: name, choice: choice, at: time))
        case .safetyAnswered(let answer):
            unwritten.append(.safetyAnswer(answer, at: time))
        case .painAfter(let rating):
            guard var session = current else { break }
            session.painAfter = rating
            current = session
            unwritten.append(.painAfter(session.row, rating: rating, at: time))
        }
        writeWhatWaits(at: time)
        return noted.count > before ? noted.last : nil
    }

    // MARK: - Writing

    /// Hands the journal the writes that wait, in order, until one must wait longer; then keeps
    /// the rest in the pending file, or removes that file when nothing is left.
    private func writeWhatWaits(at time: LocalTime) {
        guard let journal else {
            unwritten.removeAll()
            return
        }
        while let write = unwritten.first {
            do {
                try journal.apply(write, written: &written)
                unwritten.removeFirst()
            } catch where error.meansBusy {
                hasWaited = true
                note(words(.journalBusy, journal.path))
                break
            } catch where error.meansDamagedFile {
                startAfresh(after: error, at: time)
                return
            } catch {
                note(words(.journalCannotWrite, journal.path, error.message))
                unwritten.removeFirst()
            }
        }
        keepWhatWaits()
    }

    /// Makes the pending file hold exactly the writes that wait, each row the journal holds
    /// named by its id.
    private func keepWhatWaits() {
        guard let pendingFile, !unwritten.isEmpty || pendingFile.exists else { return }
        unwritten = unwritten.map { $0.resolving(written) }
        if let reason = pendingFile.save(unwritten) {
            note(words(.journalCannotKeepPending, pendingFile.path, reason))
        }
    }

    /// Moves the damaged journal aside once, and writes the session under way whole into a new one;
    /// damage found again gives up recording rather than loop.
    private func startAfresh(after error: SQLiteError, at time: LocalTime) {
        guard let journal else { return }
        let path = journal.path
        journal.close()
        self.journal = nil
        guard !hasStartedAfresh else {
            note(words(.journalDamaged, path, error.message))
            return
        }
        hasStartedAfresh = true
        let reopened = Journal.startAfresh(at: path, now: time, words: words)
        for warning in reopened.warnings { note(warning) }
        guard let fresh = reopened.journal else { return }
        self.journal = fresh
        // The rows of the damaged file are gone from this journal: what waits for them cannot be written.
        written = [:]
        unwritten = current?.wholeRowWrites ?? []
        writeWhatWaits(at: time)
    }

    private func note(_ warning: String) {
        if !noted.contains(warning) { noted.append(warning) }
    }
}
