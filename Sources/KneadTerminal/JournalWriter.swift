import KneadCore

/// Where the shell writes the journal entries the app asks for (the SQLite journal, in knead).
///
/// Writing never fails the session: a problem comes back as a one-line warning, which the
/// run loop puts on the screen's footer and the shell prints on standard error after exit.
public protocol JournalWriter: AnyObject {
    /// Writes `entry`, stamped with the wall clock; returns a warning when this write brought a new one.
    func write(_ entry: JournalEntry) -> String?
    /// Every warning so far, each once.
    var warnings: [String] { get }
}
