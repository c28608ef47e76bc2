import ArgumentParser

/// The exit statuses of knead beyond success (0), an invalid script (1) and a usage error (64);
/// each means one thing, as the README's list and the manual say.
extension ExitCode {
    /// The status of a request to run a method knead lists but never runs (69, EX_UNAVAILABLE).
    static let specialistOnly = ExitCode(69)
    /// The status of a full screen the terminal or the system could not set up (71, EX_OSERR).
    static let terminalProblem = ExitCode(71)
    /// The status of a file knead was asked to write that exists already or cannot be written:
    /// `knead new`'s script, `report --html`'s page, the reminders' timer and state (73, EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
    /// The status of a journal that could not be read or changed; it is left as it was (74, EX_IOERR).
    static let journalProblem = ExitCode(74)
    /// The status of a session knead would not start for safety: a flare, a contraindication
    /// that applies, a safety question left unanswered, nothing left in gentle mode (75).
    static let notStartedForSafety = ExitCode(75)
}
