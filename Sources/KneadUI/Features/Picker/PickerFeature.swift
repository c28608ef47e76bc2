import KneadCore

/// The list of routines: moving through it, opening one, help and quitting. The app's home.
struct PickerFeature: Feature {
    /// The picker's keys in the help.
    static let keys = KeySection(heading: .helpPicker, bindings: PickerCommand.bindings)

    /// The highlighted routine, by its place in the list.
    private(set) var selection: Int

    init(selection: Int = 0) {
        self.selection = selection
    }

    var name: String { "picker" }

    var isHome: Bool { true }

    var helpSections: [KeySection] { [Self.keys, SafetyCheckFeature.keys, SessionFeature.keys, ItHurtsBoxFeature.keys] }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input, let command = PickerCommand.bindings.command(for: key) else { return .stay() }
        let count = context.routines.count
        switch command {
        case .selectPrevious: selection = max(0, selection - 1)
        case .selectNext: selection = max(0, min(count - 1, selection + 1))
        case .selectFirst: selection = 0
        case .selectLast: selection = max(0, count - 1)
        case .open: return open(in: context)
        case .openByNumber:
            if case .character(let digit) = key, let number = digit.wholeNumberValue, context.routines.indices.contains(number - 1) {
                selection = number - 1
                return open(in: context)
            }
        case .openCalendar:
            guard context.routines.indices.contains(selection), context.today(for: context.routines[selection]) != nil else { return .stay() }
            return Transition(.push(CalendarFeature(routineIndex: selection)))
        case .showHelp: return Transition(.openBox(HelpBoxFeature(sections: helpSections)))
        case .quit: return Transition(.exit(status: 0))
        }
        return .stay()
    }

    /// Opens the highlighted routine's safety check.
    private func open(in context: AppContext) -> Transition {
        guard context.routines.indices.contains(selection) else { return .stay() }
        return Transition(.push(SafetyCheckFeature(routine: context.routines[selection], in: context)))
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        PickerScreen(
            routines: context.routines, selection: selection, theme: context.theme, language: context.language,
            specialistOnly: context.specialistOnly, journal: context.journal
        ).draw(into: &screen, area: area)
    }
}
