import KneadCore

/// One write a session makes in the journal, whole: what to write, where and when.
///
/// The recorder turns each journal entry into these and hands them to the journal in order;
/// a write the journal cannot take yet (another program holds its lock) waits in a queue, and
/// in a pending file beside the journal, until it can.
enum JournalWrite: Hashable {
    /// The session a write belongs to.
    enum Row: Hashable {
        /// A row the journal holds already, by its id.
        case journal(Int64)
        /// The row the `insertSession` write numbered `number` makes (or made) in the same queue.
        case unwritten(Int)
    }

    /// How a session ended, as its row keeps it.
    struct End: Hashable {
        var ending: SessionEnding
        var stepsDone: Int?
        var stepsSkipped: Int?
        var activeSeconds: Double?
        var pausedSeconds: Double?
        /// The furthest step (from 1) it reached.
        var stepReached: Int
        /// The steps skipped on purpose, by number (from 1) and name.
        var skipped: [NamedStep]
        /// The step it was quit in, if it was.
        var quitIn: NamedStep?
    }

    /// A step by its number (from 1) and its name.
    struct NamedStep: Hashable {
        var step: Int
        var name: String
    }

    /// A session's row, numbered `number` so that later writes can name it before it has an id.
    case insertSession(number: Int, SessionStartRecord, at: LocalTime)
    /// Step `stepNumber` (from 1) of the session started.
    case stepReached(Row, stepNumber: Int, at: LocalTime)
    /// The session ended.
    case endSession(Row, End, at: LocalTime)
    /// Something noted during the session.
    case event(Row, kind: String, step: Int?, detail: String?, at: LocalTime)
    /// The "it hurts" key, and what the person chose.
    case itHurts(Row, step: Int, stepName: String, choice: ItHurtsChoice, at: LocalTime)
    /// The pain after the session (nil: not rated).
    case painAfter(Row, rating: Int?, at: LocalTime)
    /// An answer on a routine's safety check; it belongs to no session.
    case safetyAnswer(SafetyAnswer, at: LocalTime)

    /// The session the write belongs to; nil for a safety answer, and for a new row.
    var row: Row? {
        switch self {
        case .stepReached(let row, _, _), .endSession(let row, _, _), .event(let row, _, _, _, _),
             .itHurts(let row, _, _, _, _), .painAfter(let row, _, _):
            row
        case .insertSession, .safetyAnswer:
            nil
        }
    }

    /// The write with every row the journal has since given an id (in `written`) named by it.
    func resolving(_ written: [Int: Int64]) -> JournalWrite {
        func resolved(_ row: Row) -> Row {
            if case .unwritten(let number) = row, let id = written[number] { return .journal(id) }
            return row
        }
        return switch self {
        case .stepReached(let row, let number, let time): .stepReached(resolved(row), stepNumber: number, at: time)
        case .endSession(let row, let end, let time): .endSession(resolved(row), end, at: time)
        case .event(let row, let kind, let step, let detail, let time): .event(resolved(row), kind: kind, step: step, detail: detail, at: time)
        case .itHurts(let row, let step, let name, let choice, let time): .itHurts(resolved(row), step: step, stepName: name, choice: choice, at: time)
        case .painAfter(let row, let rating, let time): .painAfter(resolved(row), rating: rating, at: time)
        case .insertSession, .safetyAnswer: self
        }
    }
}
