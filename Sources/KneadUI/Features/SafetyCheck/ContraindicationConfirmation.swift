import KneadCore

/// "Do any of these apply to you?" about a routine's contraindications: asked at the first
/// session of a course, folded to one line for the rest of it.
public struct ContraindicationConfirmation: Hashable, Sendable {
    /// Where the question stands.
    public enum State: Hashable, Sendable {
        /// The routine names none: there is nothing to confirm, and `n` or `y` answer nothing.
        case notNeeded
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
            state = .notNeeded
        } else if let confirmedOn {
            state = .confirmed(on: confirmedOn)
        } else {
            state = .asking
        }
    }

    /// The day of a confirmation given before today's check, which folds the list to a line
    /// naming it; nil while the list is not folded.
    public var foldedOn: CalendarDay? {
        if case .confirmed(on: let day?) = state { return day }
        return nil
    }

    /// Whether the list is shown whole rather than folded to a line; a routine without any has none to show.
    public var showsList: Bool {
        switch state {
        case .notNeeded: false
        case .confirmed(on: .some): isExpanded
        case .asking, .confirmed(on: nil), .someApply: true
        }
    }

    /// Whether a session may start as far as this question goes.
    public var allowsStart: Bool {
        switch state {
        case .notNeeded, .confirmed: true
        case .asking, .someApply: false
        }
    }

    /// `n`: none applies. Returns the reply to record when this answered the question.
    public mutating func answerNone() -> SafetyAnswer.Reply? {
        guard state == .asking else { return nil }
        state = .confirmed(on: nil)
        return .noneApply
    }

    /// `y`: one applies; also taken after a confirmation, as things change. Returns the reply
    /// to record, or nil when the routine has none or one was already said to apply.
    public mutating func answerSomeApply() -> SafetyAnswer.Reply? {
        guard state != .someApply, state != .notNeeded else { return nil }
        state = .someApply
        isExpanded = true
        return .someApply
    }

    /// `c`: shows the folded list, or folds it again; a routine without any has no list to show.
    public mutating func toggleList() {
        guard state != .notNeeded else { return }
        isExpanded.toggle()
    }
}
