import KneadCore

/// The screen the app is on, with the state that belongs to it.
enum AppMode: Hashable, Sendable {
    /// Choosing a routine from the list.
    case picker
    /// Reading what to know before a routine and answering its questions.
    case safetyCheck(SafetyCheck)
    /// Asked to start anyway, the routine's course having had its most sessions; the safety
    /// check stays as it was answered, to go back to.
    case courseWarning(SafetyCheck, CourseWarning)
    /// Asked how much it hurts before the first step; the safety check stays as it was answered,
    /// to go back to, and the session is its plan, past the course's limit when so chosen.
    case painBefore(SafetyCheck, PainQuestion, courseLimitOverridden: Bool)
    /// Following a session that is running or paused.
    case session(Session)
    /// Asked how much it hurts after a session that has ended.
    case painAfter(Session, PainQuestion)
    /// Looking at the summary of a session that has ended.
    case finished(Session)
}
