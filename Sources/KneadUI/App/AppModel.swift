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
    internal(set) var mode: AppMode
    /// The box drawn over the screen, if any.
    internal(set) var overlay: Overlay?
    /// The routine highlighted in the picker, by index.
    public internal(set) var pickerSelection = 0
    /// The terminal size last reported through `resize(width:height:)`, used to stop scrolling at the end of the text.
    var viewSize = (width: 80, height: 24)
    /// What the session says aloud; made afresh for each session begun.
    var announcer: Announcer?
    /// Why nothing can be spoken, as the session screen's foot shows it; nil while speech works.
    public internal(set) var speechProblem: String?
    /// What the journal knows of each routine, by id: course standing and recent pain.
    public internal(set) var journal: [String: RoutineJournalFacts]
    /// The options the journal records with each session (`bell`, `language`…), as the shell names them.
    public let recordedOptions: [String: String]
    /// The pain ratings of the session under way or just ended.
    public internal(set) var pain = PainRatings()
    /// The last journal problem, shown on the footer row.
    public internal(set) var journalWarning: String?
    /// What the app notes of the session under way: its sore side, how far it got, "it hurts".
    var sessionNotes = SessionNotes()

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

    /// The name of the screen on show, for logs and tests: `picker`, `safetyCheck`,
    /// `courseWarning`, `painBefore`, `session`, `painAfter` or `finished`, followed by `+help`,
    /// `+quitConfirmation` or `+itHurts` while a box is open.
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
        case .courseWarning(let check, let warning):
            return handleCourseWarningKey(key, check: check, warning: warning)
        case .painBefore(let check, let question, let courseLimitOverridden):
            return handlePainBeforeKey(key, check: check, question: question, courseLimitOverridden: courseLimitOverridden, at: now)
        case .session:
            return handleSessionKey(key, at: now)
        case .painAfter(let session, let question):
            return handlePainAfterKey(key, session: session, question: question)
        case .finished:
            return leaveRoutine()
        }
    }
}
