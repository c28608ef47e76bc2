import KneadCore

/// The whole app as a value: which screen is up, the session being followed, and how to draw it.
///
/// The terminal shell feeds it keys, ticks and suspensions through `handle(_:)`, carries out
/// the commands it returns, sleeps until `nextChange(after:)`, and draws `render(width:height:at:)`.
/// It reads no clock and does no I/O: every instant comes in with an input.
///
/// While the help or the quit confirmation is open, a session keeps running (or stays
/// paused): the massage goes on while the person reads, ticks still reach the engine and its
/// cues still sound. If the session ends meanwhile, the box closes and the summary shows.
public struct AppModel: Sendable {
    /// The time that `+` adds to the current step, and `-` takes off.
    public static let timeAdjustment: Duration = .seconds(15)

    /// The routines the picker lists.
    public let routines: [Routine]
    /// Methods the picker names under the routines for information only; they never run.
    public var specialistOnly: [SpecialistOnlyMethod] = []
    /// How texts are resolved and whether colours are used.
    public let options: AppOptions
    /// Whether the app began at the picker, so that leaving a routine goes back to it.
    public let startedFromPicker: Bool

    /// The screen the app is on.
    private(set) var mode: AppMode
    /// The box drawn over the screen, if any.
    private(set) var overlay: Overlay?
    /// The routine highlighted in the picker, by index.
    public private(set) var pickerSelection = 0
    /// The terminal size last reported through `resize(width:height:)`, used to stop scrolling at the end of the text.
    private var viewSize = (width: 80, height: 24)
    /// What the session says aloud; made afresh for each session begun.
    private var announcer: Announcer?
    /// Why nothing can be spoken, as the session screen's foot shows it; nil while speech works.
    public private(set) var speechProblem: String?
    /// What the journal knows of each routine, by id: course standing and recent pain.
    public private(set) var journal: [String: RoutineJournalFacts]
    /// The options the journal records with each session (`bell`, `language`…), as the shell names them.
    public let recordedOptions: [String: String]
    /// The pain ratings of the session under way or just ended.
    public private(set) var pain = PainRatings()
    /// The last journal problem, shown on the footer row.
    public private(set) var journalWarning: String?
    /// How often the "it hurts" key was pressed in the session under way.
    private var itHurtsPresses = 0

    /// Creates the app at the picker, or at a routine's safety check.
    ///
    /// A routine index out of range starts at the picker.
    public init(
        routines: [Routine], start: AppStart, options: AppOptions,
        journal: [String: RoutineJournalFacts] = [:], recordedOptions: [String: String] = [:]
    ) {
        self.routines = routines
        self.options = options
        self.journal = journal
        self.recordedOptions = recordedOptions
        if case .routine(let index) = start, routines.indices.contains(index) {
            pickerSelection = index
            startedFromPicker = false
            mode = .picker
            openSafetyCheck(routineIndex: index)
        } else {
            mode = .picker
            startedFromPicker = true
        }
    }

    // MARK: - Reading the state

    /// The session being followed or just ended, if any; read-only.
    public var sessionState: Session? {
        switch mode {
        case .session(let session), .painAfter(let session, _), .finished(let session): session
        case .picker, .safetyCheck, .courseWarning, .painBefore: nil
        }
    }

    /// The name of the screen on show, for logs and tests: `picker`, `safetyCheck`, `session`,
    /// `finished`, followed by `+help` or `+quitConfirmation` while a box is open.
    public var screenName: String {
        let base = switch mode {
        case .picker: "picker"
        case .safetyCheck: "safetyCheck"
        case .courseWarning: "courseWarning"
        case .painBefore: "painBefore"
        case .session: "session"
        case .painAfter: "painAfter"
        case .finished: "finished"
        }
        return overlay.map { "\(base)+\($0.name)" } ?? base
    }

    /// How far the safety check is scrolled, in lines; zero elsewhere.
    public var safetyCheckScroll: Int {
        if case .safetyCheck(let check) = mode { return check.scroll }
        return 0
    }

    /// When the screen next changes by itself: the next tick to send, or nil to sleep until a key.
    public func nextChange(after now: Instant) -> Instant? {
        guard case .session(let session) = mode else { return nil }
        return session.nextChange(after: now)
    }

    // MARK: - Handling input

    /// Tells the app that speech does not work, and why, in one line for the foot of the screen.
    public mutating func noteSpeechProblem(_ message: String) {
        speechProblem = message
    }

    /// Tells the app the terminal's size, so that scrolling stops where the text ends.
    ///
    /// Optional: drawing always fits the size given to `render`; without this call the app
    /// assumes 80×24 when it decides how far a long safety check may scroll.
    public mutating func resize(width: Int, height: Int) {
        viewSize = (max(0, width), max(0, height))
        if case .safetyCheck(var check) = mode {
            check.limitScroll(to: maximumSafetyScroll(check))
            mode = .safetyCheck(check)
        }
    }

    /// Applies a key, a tick or a suspension, and returns what the shell should carry out.
    public mutating func handle(_ input: AppInput) -> [AppCommand] {
        switch input {
        case .key(let key, let now): return handleKey(key, at: now)
        case .tick(let now): return send(.ticked(at: now))
        case .suspended(let now): return send(.suspended(at: now))
        case .journalWarning(let warning):
            journalWarning = warning
            return []
        }
    }

    private mutating func handleKey(_ typed: Key, at now: Instant) -> [AppCommand] {
        // Keys work at the same place on a Russian keyboard: `з` is `p`, `й` is `q`.
        let key = RussianKeyboardLayout.latinKey(for: typed)
        switch overlay {
        case .help:
            overlay = nil
            return []
        case .quitConfirmation:
            return handleQuitConfirmation(key, at: now)
        case .itHurts(let box):
            return handleItHurtsKey(key, box: box, at: now)
        case nil:
            break
        }
        switch mode {
        case .picker:
            return handlePickerKey(key, at: now)
        case .safetyCheck(let check):
            return handleSafetyCheckKey(key, check: check)
        case .courseWarning(let plan, let warning):
            return handleCourseWarningKey(key, plan: plan, warning: warning)
        case .painBefore(let plan, let question):
            return handlePainBeforeKey(key, plan: plan, question: question, at: now)
        case .session:
            return handleSessionKey(key, at: now)
        case .painAfter(let session, let question):
            return handlePainAfterKey(key, session: session, question: question)
        case .finished:
            return leaveRoutine()
        }
    }

    private mutating func handlePickerKey(_ key: Key, at now: Instant) -> [AppCommand] {
        guard let command = PickerCommand.bindings.command(for: key) else { return [] }
        switch command {
        case .selectPrevious:
            pickerSelection = max(0, pickerSelection - 1)
        case .selectNext:
            pickerSelection = max(0, min(routines.count - 1, pickerSelection + 1))
        case .selectFirst:
            pickerSelection = 0
        case .selectLast:
            pickerSelection = max(0, routines.count - 1)
        case .open:
            if routines.indices.contains(pickerSelection) { openSafetyCheck(routineIndex: pickerSelection) }
        case .openByNumber:
            if case .character(let digit) = key, let number = digit.wholeNumberValue, routines.indices.contains(number - 1) {
                pickerSelection = number - 1
                openSafetyCheck(routineIndex: pickerSelection)
            }
        case .showHelp:
            overlay = .help
        case .quit:
            return [.exit(status: 0)]
        }
        return []
    }

    private mutating func handleSafetyCheckKey(_ key: Key, check: SafetyCheck) -> [AppCommand] {
        var check = check
        let outcome = check.handle(key, maximumScroll: maximumSafetyScroll(check), page: safetyCheckPage)
        mode = .safetyCheck(check)
        let recorded = outcome.answer.map { [AppCommand.record(.safetyAnswered($0))] } ?? []
        if let answer = outcome.answer { remember(answer) }
        switch outcome.next {
        case .stay: break
        case .begin(let plan):
            if let standing = journal[routines[plan.routineIndex].id]?.standing, standing.limitReached {
                mode = .courseWarning(plan, CourseWarning(standing: standing))
            } else {
                askPainBefore(plan)
            }
        case .showHelp: overlay = .help
        case .leave: return recorded + leaveRoutine()
        }
        return recorded
    }

    private mutating func handleSessionKey(_ key: Key, at now: Instant) -> [AppCommand] {
        guard let command = SessionCommand.bindings.command(for: key) else { return [] }
        switch command {
        case .pauseOrResume: return send(.pauseKeyPressed(at: now))
        case .nextStep: return send(.nextKeyPressed(at: now))
        case .back: return send(.backKeyPressed(at: now))
        case .restartStep: return send(.restartKeyPressed(at: now))
        case .addTime: return send(.timeAdjusted(by: Self.timeAdjustment, at: now))
        case .removeTime: return send(.timeAdjusted(by: .zero - Self.timeAdjustment, at: now))
        case .itHurts: return pressItHurts(at: now)
        case .showHelp: overlay = .help
        case .askToQuit: overlay = .quitConfirmation
        }
        return []
    }

    /// Pauses at once and opens the "it hurts" box; the voice says "Ease off." instead of "Paused."
    private mutating func pressItHurts(at now: Instant) -> [AppCommand] {
        guard case .session(let session) = mode else { return [] }
        let wasRunning = session.phase == .running
        itHurtsPresses += 1
        let commands = send(.hurtKeyPressed(at: now)).filter { if case .speech = $0 { false } else { true } }
        guard case .session(let paused) = mode else { return commands }
        overlay = .itHurts(ItHurtsBox(press: itHurtsPresses, alreadyGentle: paused.isGentle, wasRunning: wasRunning))
        return (announcer?.easeOff() ?? []).map(AppCommand.speech) + commands
    }

    /// Carries out the choice made in the "it hurts" box, and has the journal note it with its step.
    private mutating func handleItHurtsKey(_ key: Key, box: ItHurtsBox, at now: Instant) -> [AppCommand] {
        guard let choice = box.choice(for: key), case .session(let session) = mode else { return [] }
        overlay = nil
        let step = session.currentStep
        let noted = AppCommand.record(.itHurts(
            step: session.currentIndex + 1, stepName: SessionStartRecord.name(of: step, language: options.language), choice: choice
        ))
        // Once an event has ended the session, `send` leaves the rest alone.
        return [noted] + box.events(for: choice, at: now).flatMap { send($0) }
    }

    private mutating func handleCourseWarningKey(_ key: Key, plan: SessionPlan, warning: CourseWarning) -> [AppCommand] {
        switch warning.handle(key) {
        case .stay: break
        case .startAnyway:
            var plan = plan
            plan.courseLimitOverridden = true
            askPainBefore(plan)
        case .back: openSafetyCheck(routineIndex: plan.routineIndex)
        }
        return []
    }

    private mutating func handlePainBeforeKey(_ key: Key, plan: SessionPlan, question: PainQuestion, at now: Instant) -> [AppCommand] {
        var question = question
        switch question.handle(key) {
        case .stay:
            mode = .painBefore(plan, question)
            return []
        case .answered(let rating):
            return begin(plan, painBefore: rating, at: now)
        case .back:
            openSafetyCheck(routineIndex: plan.routineIndex)
            return []
        }
    }

    private mutating func handlePainAfterKey(_ key: Key, session: Session, question: PainQuestion) -> [AppCommand] {
        var question = question
        switch question.handle(key) {
        case .stay:
            mode = .painAfter(session, question)
            return []
        case .answered(let rating):
            pain.after = rating
            mode = .finished(session)
            return [.record(.painAfter(rating))]
        case .back:
            mode = .finished(session)
            return [.record(.painAfter(nil))]
        }
    }

    private mutating func handleQuitConfirmation(_ key: Key, at now: Instant) -> [AppCommand] {
        switch QuitConfirmationCommand.bindings.command(for: key) {
        case .confirm:
            overlay = nil
            return send(.quitConfirmed(at: now))
        case .keepGoing:
            overlay = nil
        case nil:
            break
        }
        return []
    }

    // MARK: - Changing screens

    /// Shows the routine's safety check, its answers pre-set from the journal.
    private mutating func openSafetyCheck(routineIndex: Int) {
        mode = .safetyCheck(SafetyCheck(routine: routines[routineIndex], routineIndex: routineIndex, facts: journal[routines[routineIndex].id]))
    }

    /// Keeps what a safety answer settles, so that coming back to the routine in this run
    /// does not ask again.
    private mutating func remember(_ answer: SafetyAnswer) {
        journal[answer.routineID]?.note(answer.reply)
    }

    /// Asks how much it hurts before a session of the routine, offering last time's answer.
    private mutating func askPainBefore(_ plan: SessionPlan) {
        let facts = journal[routines[plan.routineIndex].id]
        let question = PainQuestion(moment: .before, highlighted: facts?.lastPainBefore, reference: facts?.recentPain.last)
        mode = .painBefore(plan, question)
    }

    /// Starts a session of the routine at `now` and has the journal record it; a routine
    /// without steps cannot start.
    private mutating func begin(_ plan: SessionPlan, painBefore: Int?, at now: Instant) -> [AppCommand] {
        let routineIndex = plan.routineIndex
        let timeline = Timeline(routine: routines[routineIndex], adaptation: plan.adaptation)
        guard !timeline.steps.isEmpty else { return [] }
        itHurtsPresses = 0
        journal[routines[routineIndex].id]?.lastSoreSide = plan.soreSide
        var session = Session(timeline: timeline)
        let effects = session.reduce(.started(at: now))
        mode = .session(session)
        pain = PainRatings(before: painBefore)
        announcer = Announcer(level: options.voice, routine: routines[routineIndex], language: options.language)
        let start = SessionStartRecord(
            timeline: timeline, language: options.language, painBefore: painBefore,
            options: recordedOptions, courseLimitOverridden: plan.courseLimitOverridden, soreSide: plan.soreSide, flare: plan.flare
        )
        // The first sentence goes out before the journal is written, so the voice starts at once.
        let following = commands(for: effects, in: session)
        let spoken = following.prefix { if case .speech = $0 { true } else { false } }
        return Array(spoken) + [.record(.sessionStarted(start))] + following.dropFirst(spoken.count)
    }

    /// Sends an event to the session, if one is under way, and moves to the summary when it ends.
    private mutating func send(_ event: SessionEvent) -> [AppCommand] {
        guard case .session(var session) = mode else { return [] }
        let effects = session.reduce(event)
        if session.phase == .finished {
            mode = .painAfter(session, PainQuestion(moment: .after, highlighted: pain.before, reference: pain))
            overlay = nil
        } else {
            mode = .session(session)
        }
        return commands(for: effects, in: session)
    }

    /// The commands for what an event did to `session`: what to say first (a speaker starts at
    /// once, before anything else is done), then its cues (beats only when they tick) and the
    /// journal entries they call for.
    private mutating func commands(for effects: [SessionEffect], in session: Session) -> [AppCommand] {
        let speech = announcer?.requests(for: effects, in: session) ?? []
        let cues = effects.flatMap { effect -> [AppCommand] in
            let cue: [AppCommand] = if case .beat = effect, !options.tick { [] } else { [.cue(effect)] }
            return cue + JournalEntry.entries(for: effect).map(AppCommand.record)
        }
        return speech.map(AppCommand.speech) + cues
    }

    /// Goes back to the picker when the app began there, or exits.
    private mutating func leaveRoutine() -> [AppCommand] {
        overlay = nil
        if case .finished(let session) = mode, var facts = journal[session.timeline.routine.id] {
            // What the journal now holds, so the picker's standing and the next question are current.
            if pain.before != nil || pain.after != nil { facts.recentPain.append(pain) }
            if let report = session.report, !report.endedEarly || report.done.count + report.skipped.count > 1 {
                facts.standing = facts.standing.afterSession(on: facts.today, course: session.timeline.routine.course)
            }
            journal[session.timeline.routine.id] = facts
        }
        guard startedFromPicker else { return [.exit(status: 0)] }
        mode = .picker
        return []
    }

    /// How many lines PgUp and PgDn scroll the safety check: most of a screen, so a line stays in view.
    private var safetyCheckPage: Int { max(1, viewSize.height / 2) }

    private func maximumSafetyScroll(_ check: SafetyCheck) -> Int {
        safetyCheckScreen(check).maximumScroll(width: viewSize.width, height: viewSize.height)
    }

    private func safetyCheckScreen(_ check: SafetyCheck) -> SafetyCheckScreen {
        let facts = journal[check.routine.id]
        return SafetyCheckScreen(
            check: check, startedFromPicker: startedFromPicker, theme: theme, language: options.language,
            standing: facts?.standing, gentleOffered: facts?.lastEndedOnItHurts ?? false
        )
    }

    // MARK: - Drawing

    /// The narrowest screen that shows more than a request to make the terminal larger.
    public static let minimumWidth = 20
    /// The lowest screen that shows more than a request to make the terminal larger.
    public static let minimumHeight = 6

    /// The styles in use, with or without colours.
    var theme: Theme { Theme(colors: options.colors, words: Wording(code: options.language)) }

    /// Draws the current screen at `now` into a grid of `width` × `height` cells; any size works.
    public func render(width: Int, height: Int, at now: Instant) -> Screen {
        var screen = Screen(width: width, height: height)
        guard screen.width >= Self.minimumWidth, screen.height >= Self.minimumHeight else {
            TooSmallScreen(words: theme.words).draw(into: &screen)
            return screen
        }
        let language = options.language
        switch mode {
        case .picker:
            PickerScreen(
                routines: routines, selection: pickerSelection, theme: theme, language: language,
                specialistOnly: specialistOnly, journal: journal
            ).draw(into: &screen)
        case .safetyCheck(let check):
            safetyCheckScreen(check).draw(into: &screen)
        case .session(let session):
            SessionScreen(session: session, now: now, theme: theme, language: language, notice: speechProblem).draw(into: &screen)
        case .courseWarning(let plan, let warning):
            CourseWarningScreen(warning: warning, title: routines[plan.routineIndex].title.resolved(for: language), theme: theme).draw(into: &screen)
        case .painBefore(let plan, let question):
            PainQuestionScreen(question: question, title: routines[plan.routineIndex].title.resolved(for: language), theme: theme).draw(into: &screen)
        case .painAfter(let session, let question):
            PainQuestionScreen(question: question, title: session.timeline.routine.title.resolved(for: language), theme: theme)
                .draw(into: &screen)
        case .finished(let session):
            let trend = PainSummary(ratings: pain, earlier: journal[session.timeline.routine.id]?.recentPain ?? [], theme: theme)
            FinishedScreen(session: session, pain: trend, returnsToPicker: startedFromPicker, theme: theme, language: language)
                .draw(into: &screen)
        }
        switch overlay {
        case .help: HelpOverlay(mode: mode, theme: theme).draw(into: &screen)
        case .quitConfirmation: QuitConfirmationOverlay(theme: theme).draw(into: &screen)
        case .itHurts(let box): ItHurtsOverlay(box: box, theme: theme).draw(into: &screen)
        case nil: break
        }
        if let journalWarning {
            StyledLine(journalWarning, theme.warning).draw(into: &screen, row: screen.height - 1, column: 0, width: screen.width)
        }
        return screen
    }
}
