import KneadCore

/// The question asked before a session when its course already holds its most sessions:
/// starting anyway takes a deliberate `y`, never the Enter that begins a session.
public struct CourseWarning: Hashable, Sendable {
    /// What a key leads to.
    public enum Transition: Hashable, Sendable {
        case stay
        /// Start the session anyway; the journal notes it.
        case startAnyway
        /// Back to the safety check.
        case back
    }

    /// Where the course stands.
    public let standing: CourseStanding

    public init(standing: CourseStanding) {
        self.standing = standing
    }

    /// What `key` leads to: `y` starts anyway; `n`, `q` or Esc goes back; any other key
    /// (Enter among them) leaves the question up.
    public func handle(_ key: Key) -> Transition {
        switch CourseWarningCommand.bindings.command(for: key) {
        case .startAnyway: .startAnyway
        case .back: .back
        case nil: .stay
        }
    }

    /// "This course has had its 12 sessions." and what the routine asks for, in the language of `words`.
    public func sentences(in words: Wording) -> [String] {
        var sentences = [words(.courseHadSessions, words.count(.sessions, standing.maxSessions ?? 0))]
        if let rest = standing.restUntil { sentences.append(words(.courseRestUntil, words.weekdayDayMonth(rest))) }
        sentences.append(words(.courseStartAnyway, standing.nextSession))
        return sentences
    }
}
