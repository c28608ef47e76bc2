import KneadCore

/// "Do any of these apply to you?" about a routine's contraindications: asked at the first
/// session of a course, folded to one line for the rest of it.
public struct ContraindicationConfirmation: Hashable, Sendable {
    /// Where the question stands.
    public enum State: Hashable, Sendable {
        /// Not answered in this course: the list is shown and `n` or `y` answers.
        case asking
        /// None applies, as the person said on this day (nil: just now).
        case confirmed(on: CalendarDay?)
        /// One applies: nothing starts, and the person is told to ask a doctor first.
        case someApply
    }

    public private(set) var state: State
    /// Whether the list is shown in full although it was confirmed (`c` shows and folds it).
    public private(set) var isExpanded = false

    /// The question for a routine with the contraindications given, confirmed on `confirmedOn`
    /// within the course under way, if so; a routine without any has nothing to confirm.
    public init(hasContraindications: Bool, confirmedOn: CalendarDay?) {
        if !hasContraindications {
            state = .confirmed(on: nil)
        } else if let confirmedOn {
            state = .confirmed(on: confirmedOn)
        } else {
            state = .asking
        }
    }

    /// Whether the list is shown whole rather than folded to a line.
    public var showsList: Bool {
        if case .confirmed(let day) = state, day != nil { return isExpanded }
        return true
    }

    /// Whether a session may start as far as this question goes.
    public var allowsStart: Bool {
        if case .confirmed = state { return true }
        return false
    }

    /// `n`: none applies. Returns the reply to record when this answered the question.
    public mutating func answerNone() -> SafetyAnswer.Reply? {
        guard state == .asking else { return nil }
        state = .confirmed(on: nil)
        return .noneApply
    }

    /// `y`: one applies; also taken after a confirmation, as things change.
    public mutating func answerSomeApply() -> SafetyAnswer.Reply? {
        guard state != .someApply else { return nil }
        state = .someApply
        isExpanded = true
        return .someApply
    }

    /// `c`: shows the folded list, or folds it again.
    public mutating func toggleList() {
        isExpanded.toggle()
    }
}
