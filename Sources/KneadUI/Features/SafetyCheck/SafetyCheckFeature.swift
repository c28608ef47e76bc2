import KneadCore

/// The safety check before a routine: its answers, its scroll, and beginning, which goes
/// through the course warning (when the course is full) to the pain question.
struct SafetyCheckFeature: Feature {
    /// The safety check's keys in the help.
    static let keys = KeySection(heading: .helpSafetyCheck, bindings: SafetyCheckCommand.bindings)
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

    /// Draws the check, with the routine's figure beside it where there is room for both.
    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        let layout = layout(of: area, in: context)
        checkScreen(in: context).draw(into: &screen, area: layout.text)
        if let beside = layout.figure { beside.figure.draw(into: &screen, area: beside.area) }
    }

    /// Where the text goes in `area`, and the routine's figure beside it when there is room for both.
    private func layout(of area: Area, in context: AppContext) -> (text: Area, figure: (figure: BodyFigure, area: Area)?) {
        guard area.width >= Self.widthWithFigure, let figure = BodyFigure(routine: check.routine, theme: context.theme),
              let areas = FigureBeside(figure: figure).areas(splitting: area) else { return (area, nil) }
        return (areas.text, (figure, areas.figure))
    }

    /// The narrowest screen on which the check shows the routine's figure beside its text.
    static let widthWithFigure = 100

    /// How far the check can scroll at the terminal's size.
    private func maximumScroll(in context: AppContext) -> Int {
        let text = layout(of: Area(row: 0, column: 0, width: context.size.width, height: context.size.height), in: context).text
        return checkScreen(in: context).maximumScroll(width: text.width, height: text.height)
    }

    private func checkScreen(in context: AppContext) -> SafetyCheckScreen {
        SafetyCheckScreen(check: check, startedFromPicker: context.startedFromPicker, theme: context.theme, language: context.language)
    }
}
