import KneadCore

/// Something the app asks the shell to carry out.
public enum AppCommand: Hashable, Sendable {
    /// Restore the terminal and exit with this status.
    case exit(status: Int32)
    /// A session cue (step started, halfway, countdown, finished) for sound or speech.
    case cue(SessionEffect)
    /// Something to say, or a request to stop speaking, when the voice is on.
    case speech(SpeechRequest)
    /// Something to write in the journal.
    case record(JournalEntry)
}
