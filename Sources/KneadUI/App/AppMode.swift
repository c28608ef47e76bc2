import KneadCore

/// The screen the app is on, with the state that belongs to it.
enum AppMode: Hashable, Sendable {
    /// Choosing a routine from the list.
    case picker
    /// Reading what to know before a routine, scrolled down by `scroll` lines.
    case safetyCheck(routineIndex: Int, scroll: Int)
    /// Following a session that is running or paused.
    case session(Session)
    /// Looking at the summary of a session that has ended.
    case finished(Session)
}
