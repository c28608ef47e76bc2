/// Something to write in the journal, as the app or the plain runner asks the shell to.
///
/// The engine and the views never touch the journal: they return these values, and the shell
/// carries them out, stamping each with the wall-clock time.
public enum JournalEntry: Hashable, Sendable {
    /// A session began: its row is written now.
    case sessionStarted(SessionStartRecord)
    /// A step began: the row is brought up to date, so a killed session shows how far it got.
    case stepStarted(index: Int)
    /// The session ended, with its report and how it ended.
    case sessionEnded(SessionReport, SessionEnding)
    /// The person rated their pain after the session (nil: they skipped the question).
    case painAfter(Int?)
    /// Something happened during the session worth keeping, of kind `kind` at step `step` (from 1).
    case eventNoted(kind: String, step: Int?, detail: String?)
    /// The "it hurts" key was pressed at step `step` (from 1), named `stepName`, and the
    /// person chose `choice`.
    case itHurts(step: Int, stepName: String, choice: ItHurtsChoice)
    /// A question of the safety check was answered; written whether or not a session follows.
    case safetyAnswered(SafetyAnswer)
}
