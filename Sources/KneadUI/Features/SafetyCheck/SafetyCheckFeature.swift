import KneadCore

/// The safety check before a routine: its answers, its scroll, and beginning, which goes
/// through the course warning (when the course is full) to the pain question.
struct SafetyCheckFeature: Feature {
    /// The safety check's keys in the help.
    static let keys = KeySection(heading: "help.safetyCheck", bindings: SafetyCheckCommand.bindings)
    /// The help's sections on the screens before a session: the safety check's keys first.
    static let helpBeforeSession = [keys, SessionFeature.keys, ItHurtsBoxFeature.keys, PickerFeature.keys]

    /// The check's answers and scroll.
    private(set) var check: SafetyCheck

    /// The check of `routine`, its answers pre-set from what the journal knows.
    init(routine: Routine, in context: AppContext) {
        check = SafetyCheck(routine: routine, facts: context.journal[routine.id])
    }

    var name: String { "safetyCheck" }

    var helpSections: [KeySection] { Self.helpBeforeSession }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input else { return .stay() }
        let outcome = check.handle(key, maximumScroll: maximumScroll(in: context), page: max(1, context.size.height / 2))
        let answered = outcome.answer.map { [JournalNote.safetyAnswered($0)] } ?? []
        let recorded = outcome.answer.map { [AppCommand.record(.safetyAnswered($0))] } ?? []
        let navigation: Navigation = switch outcome.next {
        case .stay: .stay
        case .begin:
            if let standing = check.standing, standing.limitReached {
                .push(CourseWarningFeature(check: check, warning: CourseWarning(standing: standing)))
            } else {
                .push(PainQuestionFeature.before(check.plan, routine: check.routine, in: context))
            }
        case .showHelp: .openBox(HelpBoxFeature(sections: helpSections))
        case .leave: .back
        }
        return Transition(navigation, commands: recorded, notes: answered)
    }

    mutating func resize(in context: AppContext) {
        check.limitScroll(to: maximumScroll(in: context))
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        checkScreen(in: context).draw(into: &screen, area: area)
    }

    /// How far the check can scroll at the terminal's size.
    private func maximumScroll(in context: AppContext) -> Int {
        checkScreen(in: context).maximumScroll(width: context.size.width, height: context.size.height)
    }

    private func checkScreen(in context: AppContext) -> SafetyCheckScreen {
        SafetyCheckScreen(check: check, startedFromPicker: context.startedFromPicker, theme: context.theme, language: context.language)
    }
}
