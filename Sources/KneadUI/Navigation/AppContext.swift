import KneadCore

/// What every feature may read: the routines, the person's options and the theme, what the
/// journal knows, and the terminal's size.
///
/// Only the router changes it: the size when the terminal is resized, the journal's facts
/// from the notes that transitions carry, the speech problem when the shell reports one.
struct AppContext: Sendable {
    /// The routines the picker lists, in order.
    let routines: [Routine]
    /// Methods the picker names under the routines for information only; they never run.
    var specialistOnly: [SpecialistOnlyMethod] = []
    /// How texts are resolved, whether colours are used, how much is spoken.
    let options: AppOptions
    /// The options the journal records with each session, as the shell names them.
    let recordedOptions: [String: String]
    /// What the journal knows of each routine, by id.
    var journal: [String: RoutineJournalFacts]
    /// Whether the app began at the picker, so that leaving a routine goes back to it.
    let startedFromPicker: Bool
    /// The terminal size last reported; 80×24 until one is.
    var size = (width: 80, height: 24)
    /// Why nothing can be spoken, as the session screen's foot shows it; nil while speech works.
    var speechProblem: String?
    /// The styles in use, with or without colours, and the words in the person's language.
    let theme: Theme
    /// The person's local day when the app started, where the journal gave none.
    var today: CalendarDay?

    init(
        routines: [Routine], options: AppOptions, journal: [String: RoutineJournalFacts], recordedOptions: [String: String],
        startedFromPicker: Bool
    ) {
        self.routines = routines
        self.startedFromPicker = startedFromPicker
        self.options = options
        self.journal = journal
        self.recordedOptions = recordedOptions
        theme = Theme(colors: options.colors, words: Wording(code: options.language))
    }

    /// The language code that texts of a routine are shown in; nil for English.
    var language: String? { options.language }

    /// knead's own words in the person's language.
    var words: Wording { theme.words }

    /// The routine named `id`, if the app has it.
    func routine(id: String) -> Routine? {
        routines.first { $0.id == id }
    }

    /// The person's local day: the journal's when it gave one for `routine`, else the app's.
    func today(for routine: Routine) -> CalendarDay? {
        journal[routine.id]?.today ?? today
    }

    /// Brings the journal's facts up to date with what a screen noted.
    mutating func learn(_ note: JournalNote) {
        switch note {
        case .safetyAnswered(let answer):
            journal[answer.routineID]?.note(answer.reply)
        case .sessionLeft(let routine, let outcome):
            journal[routine.id]?.note(outcome, of: routine)
        }
    }
}
