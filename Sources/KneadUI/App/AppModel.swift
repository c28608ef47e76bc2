import KneadCore

/// The whole app as a value: a small router over a stack of screens, the box open over them,
/// and the context they read.
///
/// The terminal shell feeds it keys, ticks and suspensions through `handle(_:)`, carries out
/// the commands it returns, sleeps until `nextChange(after:)`, and draws `render(width:height:at:)`.
/// It reads no clock and does no I/O: every instant comes in with an input. Every screen and
/// box is a `Feature`; the router hands an input to the box if one is open, else to the screen
/// on top, and carries out the `Transition` that comes back. It knows no screen by name, so a
/// new screen is a new feature and a transition that leads to it, and nothing here changes.
public struct AppModel: Sendable {
    /// The time that `+` adds to the current step, and `-` takes off.
    public static let timeAdjustment = SessionDriver.timeAdjustment
    /// The narrowest screen that shows more than a request to make the terminal larger.
    public static let minimumWidth = 20
    /// The lowest screen that shows more than a request to make the terminal larger.
    public static let minimumHeight = 6

    /// What every feature may read.
    private(set) var context: AppContext
    /// The screens, the one on show last; never empty.
    private(set) var screens: [any Feature]
    /// The box drawn over the screen on show, which takes the keys while it is open.
    private(set) var box: (any Feature)?
    /// The last journal problem, shown on the footer row.
    public private(set) var journalWarning: String?
    /// The pain ratings of the session under way or the last one followed.
    public private(set) var pain = PainRatings()

    /// Creates the app at the picker, or at a routine's safety check; a routine id the app
    /// does not have starts at the picker. `today`, the person's local day, dates the calendar
    /// of a routine the journal gave no facts of.
    public init(
        routines: [Routine], start: AppStart, options: AppOptions,
        journal: [String: RoutineJournalFacts] = [:], recordedOptions: [String: String] = [:], today: CalendarDay? = nil
    ) {
        let chosen: Routine? = if case .routine(let id) = start { routines.first { $0.id == id } } else { nil }
        var context = AppContext(
            routines: routines, options: options, journal: journal, recordedOptions: recordedOptions, startedFromPicker: chosen == nil
        )
        context.today = today
        self.context = context
        screens = [chosen.map { SafetyCheckFeature(routine: $0, in: context) } ?? PickerFeature()]
    }

    /// A test's app that starts on `feature`, with the context of a picker of `routines`.
    init(startingOn feature: any Feature, routines: [Routine], options: AppOptions) {
        context = AppContext(routines: routines, options: options, journal: [:], recordedOptions: [:], startedFromPicker: true)
        screens = [feature]
    }

    // MARK: - Reading the state

    /// The routines the picker lists.
    public var routines: [Routine] { context.routines }
    /// How texts are resolved and whether colours are used.
    public var options: AppOptions { context.options }
    /// Whether the app began at the picker, so that leaving a routine goes back to it.
    public var startedFromPicker: Bool { context.startedFromPicker }
    /// What the journal knows of each routine, by id: course standing and recent pain.
    public var journal: [String: RoutineJournalFacts] { context.journal }
    /// The options the journal records with each session.
    public var recordedOptions: [String: String] { context.recordedOptions }
    /// Why nothing can be spoken, as the session screen's foot shows it; nil while speech works.
    public var speechProblem: String? { context.speechProblem }

    /// Methods the picker names under the routines for information only; they never run.
    public var specialistOnly: [SpecialistOnlyMethod] {
        get { context.specialistOnly }
        set { context.specialistOnly = newValue }
    }

    /// The routine highlighted in the picker, by its place in the list; 0 without a picker.
    public var pickerSelection: Int {
        screens.lazy.compactMap { $0 as? PickerFeature }.first?.selection ?? 0
    }

    /// The screen on show.
    private var top: any Feature { screens[screens.count - 1] }

    /// The session being followed or just ended, if any; read-only.
    public var sessionState: Session? { (top as? SessionShowing)?.shownSession?.session }

    /// The name of the screen on show, for logs and tests: `picker`, `safetyCheck`,
    /// `courseWarning`, `painBefore`, `session`, `painAfter` or `finished`, followed by `+help`,
    /// `+quitConfirmation` or `+itHurts` while a box is open.
    public var screenName: String {
        box.map { "\(top.name)+\($0.name)" } ?? top.name
    }

    /// How far the safety check is scrolled, in lines; zero elsewhere.
    public var safetyCheckScroll: Int { (top as? SafetyCheckFeature)?.check.scroll ?? 0 }

    /// When the screen next changes by itself: the next tick to send, or nil to sleep until a key.
    public func nextChange(after now: Instant) -> Instant? {
        top.nextChange(after: now)
    }

    // MARK: - Handling input

    /// Tells the app that speech does not work, and why, in one line for the foot of the screen.
    public mutating func noteSpeechProblem(_ message: String) {
        context.speechProblem = message
    }

    /// Tells the app the terminal's size, so that scrolling stops where the text ends.
    ///
    /// Optional: drawing always fits the size given to `render`; without this call the app
    /// assumes 80×24 when it decides how far a long text may scroll.
    public mutating func resize(width: Int, height: Int) {
        context.size = (max(0, width), max(0, height))
        for index in screens.indices { screens[index].resize(in: context) }
    }

    /// Applies a key, a tick or a suspension, and returns what the shell should carry out.
    public mutating func handle(_ input: AppInput) -> [AppCommand] {
        switch input {
        case .key(let typed, let now):
            // Keys work at the same place on a Russian keyboard: `з` is `p`, `й` is `q`.
            let key = FeatureInput.key(RussianKeyboardLayout.latinKey(for: typed), at: now)
            guard var open = box else { return handOnTop(key) }
            let transition = open.handle(key, in: context)
            box = open
            return carryOut(transition, at: now)
        case .tick(let now):
            return handOnTop(.tick(at: now))
        case .suspended(let now):
            return handOnTop(.suspended(at: now))
        case .journalWarning(let warning):
            journalWarning = warning
            return []
        }
    }

    /// Hands `input` to the screen on show and carries out what it asks.
    private mutating func handOnTop(_ input: FeatureInput) -> [AppCommand] {
        var screen = screens.removeLast()
        let transition = screen.handle(input, in: context)
        screens.append(screen)
        return carryOut(transition, at: input.instant)
    }

    /// Carries out a transition: the journal's facts learn its notes, the app goes where it
    /// says, and its commands (with those of an answer handed on) go to the shell.
    private mutating func carryOut(_ transition: Transition, at now: Instant) -> [AppCommand] {
        defer { if let shown = (top as? SessionShowing)?.shownSession { pain = shown.pain } }
        for note in transition.notes { context.learn(note) }
        let commands = transition.commands
        switch transition.navigation {
        case .stay:
            return commands
        case .push(let feature):
            screens.append(feature)
        case .replace(let feature):
            screens[screens.count - 1] = feature
        case .back:
            guard screens.count > 1 else { return commands + [.exit(status: 0)] }
            screens.removeLast()
        case .home:
            guard screens[0].isHome else { return commands + [.exit(status: 0)] }
            screens.removeSubrange(1...)
        case .openBox(let feature):
            box = feature
            return commands
        case .closeBox(let answer):
            box = nil
            guard let answer else { return commands }
            return commands + handOnTop(.boxAnswered(answer, at: now))
        case .exit(let status):
            return commands + [.exit(status: status)]
        }
        // A new screen closes any box, as when a session ends while its help is open.
        box = nil
        return commands
    }

    // MARK: - Drawing

    /// Draws the current screen at `now` into a grid of `width` × `height` cells; any size works.
    public func render(width: Int, height: Int, at now: Instant) -> Screen {
        var screen = Screen(width: width, height: height)
        let area = Area(of: screen)
        guard screen.width >= Self.minimumWidth, screen.height >= Self.minimumHeight else {
            TooSmallScreen(words: context.words).draw(into: &screen, area: area)
            return screen
        }
        top.draw(into: &screen, area: area, in: context, at: now)
        box?.draw(into: &screen, area: area, in: context, at: now)
        if let journalWarning {
            StyledLine(journalWarning, context.theme.warning).draw(into: &screen, row: screen.height - 1, column: 0, width: screen.width)
        }
        return screen
    }
}
