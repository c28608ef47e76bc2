@testable import KneadUI

/// A screen whose keys are pressed as the very first key, and how knead is started on it.
///
/// Each screen is opened with `--start-keys`, which hands keys to the app before its first
/// draw without sending them through the terminal, so the key under test is the first one the
/// terminal delivers. The keys come from the screen's own key table, so a key added to a table
/// is tested without anyone adding a case.
enum FirstKeyScreen: String, CaseIterable, Sendable {
    case picker, safetyCheck, courseWarning, painBefore, session, itHurts, help, quitQuestion, painAfter, finished

    /// The keys the screen's key table binds; "any key" screens take every key of every table.
    var keys: [Key] {
        switch self {
        case .picker: PickerCommand.bindings.flatMap(\.keys)
        case .safetyCheck: SafetyCheckCommand.bindings.flatMap(\.keys)
        case .courseWarning: CourseWarningCommand.bindings.flatMap(\.keys)
        case .painBefore, .painAfter: PainQuestionCommand.bindings.flatMap(\.keys)
        case .session: SessionCommand.bindings.flatMap(\.keys)
        case .itHurts: ItHurtsCommand.bindings.flatMap(\.keys)
        case .quitQuestion: QuitConfirmationCommand.bindings.flatMap(\.keys)
        case .help, .finished: Self.everyBoundKey
        }
    }

    /// Every key of every key table, once each, in table order.
    static var everyBoundKey: [Key] {
        let tables: [[Key]] = [
            PickerCommand.bindings.flatMap(\.keys), SafetyCheckCommand.bindings.flatMap(\.keys), CourseWarningCommand.bindings.flatMap(\.keys),
            PainQuestionCommand.bindings.flatMap(\.keys), SessionCommand.bindings.flatMap(\.keys),
            QuitConfirmationCommand.bindings.flatMap(\.keys), ItHurtsCommand.bindings.flatMap(\.keys),
        ]
        let all = tables.flatMap { $0 }
        var seen: Set<Key> = []
        return all.filter { seen.insert($0).inserted }
    }

    /// The keys handed to the app before its first draw, to reach the screen in a state where
    /// every key has a visible effect (the list moved off its ends, the check scrolled, a
    /// session paused on its second step with time added). `n` confirms that none of the
    /// contraindications applies (the journal is empty, or for the course warning has no answer
    /// yet) and `s` skips the pain questions.
    var startingKeys: [Key] {
        switch self {
        case .picker, .safetyCheck: [.character("j"), .character("j")]
        case .courseWarning, .painBefore: [.character("n")]
        case .session: [.character("n"), .character("s"), .character("n"), .character("+"), .character(" ")]
        case .itHurts: [.character("n"), .character("s"), .character("h")]
        case .help: [.character("n"), .character("s"), .character(" "), .character("?")]
        case .quitQuestion: [.character("n"), .character("s"), .character(" "), .character("q")]
        case .painAfter: [.character("n"), .character("s"), .character("q"), .character("y")]
        case .finished: [.character("n"), .character("s"), .character("q"), .character("y"), .character("s")]
        }
    }

    /// A key that visibly changes the screen, pressed after a key that changes nothing visible,
    /// so that a key gone astray still shows; nil on screens whose keys all show.
    var sentinelKey: Key? {
        switch self {
        case .picker, .safetyCheck: .character("?")
        case .courseWarning: .character("n")
        case .painBefore, .painAfter: .character("l")
        case .session, .itHurts, .help, .quitQuestion, .finished: nil
        }
    }

    /// The routine run (none for the picker): one whose course is full for the course warning.
    var routine: String? {
        switch self {
        case .picker: nil
        case .courseWarning: FullCourseJournal.routine
        default: "collar"
        }
    }

    /// The terminal size: small enough that the safety check scrolls both ways.
    var size: (width: Int, height: Int) { self == .safetyCheck ? (60, 14) : (80, 24) }

    /// The arguments of `knead` after the binary's path.
    var arguments: [String] {
        var arguments = ["run"] + (routine.map { [$0] } ?? [])
        let names = startingKeys.compactMap(KeyName.name(of:)).joined(separator: ",")
        arguments += ["--start-keys", names]
        return arguments
    }

    /// Text that shows the screen is up and settled.
    var marker: String {
        switch self {
        case .picker: "choose a routine"
        case .safetyCheck: "begin"
        case .courseWarning: "This course has had its \(FullCourseJournal.sessions) sessions."
        case .painBefore: "How much does it hurt now?"
        case .session: "PAUSED"
        case .itHurts: "Ease off"
        case .help: "Any key closes this help"
        case .quitQuestion: "Quit this session? y/n"
        case .painAfter: "And now, after the session?"
        case .finished: "Session ended early"
        }
    }
}
