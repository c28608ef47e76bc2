import KneadCore

/// A routine's course on the calendar, opened from the picker: months back and forth, the
/// routines above and below, and back to the list.
struct CalendarFeature: Feature {
    /// The calendar's keys in the help.
    static let keys = KeySection(heading: .helpCalendar, bindings: CalendarCommand.bindings)

    /// The routine shown, by its place in the picker's list.
    private(set) var routineIndex: Int
    /// The month looked at, as months from the current one (negative for earlier ones).
    private(set) var monthOffset = 0

    /// The furthest back the focus goes: the journal's facts reach `monthsLookedBack` months,
    /// and the month before the focus is shown with it.
    static let earliestOffset = -(CourseCalendar.monthsLookedBack - 2)
    /// The furthest ahead the focus goes.
    static let latestOffset = 11

    init(routineIndex: Int) {
        self.routineIndex = routineIndex
    }

    var name: String { "calendar" }

    var helpSections: [KeySection] { [Self.keys] }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(let key, _) = input, let command = CalendarCommand.bindings.command(for: key) else { return .stay() }
        switch command {
        case .earlierMonth: monthOffset = max(Self.earliestOffset, monthOffset - 1)
        case .laterMonth: monthOffset = min(Self.latestOffset, monthOffset + 1)
        case .routineAbove: routineIndex = max(0, routineIndex - 1)
        case .routineBelow: routineIndex = max(0, min(context.routines.count - 1, routineIndex + 1))
        case .thisMonth: monthOffset = 0
        case .showHelp: return Transition(.openBox(HelpBoxFeature(sections: helpSections)))
        case .back: return Transition(.back)
        }
        return .stay()
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        guard context.routines.indices.contains(routineIndex) else { return }
        let routine = context.routines[routineIndex]
        guard let today = context.today(for: routine) else { return }
        let focus = CalendarMonth(containing: today).adding(months: monthOffset)
        let calendar = CourseCalendar(
            course: routine.course, sessions: context.journal[routine.id]?.calendarSessions ?? [], today: today,
            through: focus.adding(months: 1).lastDay
        )
        CalendarScreen(routine: routine, calendar: calendar, focus: focus, theme: context.theme, language: context.language)
            .draw(into: &screen, area: area)
    }
}
