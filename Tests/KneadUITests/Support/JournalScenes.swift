import KneadCore
import KneadUI

/// Apps that start with what a journal knows: a returning person, a full course.
enum JournalScenes {
    /// The day the journal is read on: Tue 1 Dec 2026.
    static let today = CalendarDay(year: 2026, month: 12, day: 1)!

    /// The day the course under way began, when none of the contraindications was said to apply.
    static let courseBegan = CalendarDay(year: 2026, month: 11, day: 20)!

    /// The neck routine's journal: three sessions, the last on Mon 30 Nov, rated 6 → 3, 5 → 3, 5 → 2.
    static let returning: [String: RoutineJournalFacts] = [
        "neck": RoutineJournalFacts(
            standing: CourseStanding(nextSession: 4, maxSessions: 10, lastSessionDay: CalendarDay(year: 2026, month: 11, day: 30), restUntil: nil),
            recentPain: [PainRatings(before: 6, after: 3), PainRatings(before: 5, after: 3), PainRatings(before: 5, after: 2)],
            today: today, contraindicationsConfirmedOn: courseBegan
        ),
    ]

    /// The neck routine's course has had its 10 sessions; rest until Mon 14 Dec.
    static let fullCourse: [String: RoutineJournalFacts] = [
        "neck": RoutineJournalFacts(
            standing: CourseStanding(
                nextSession: 11, maxSessions: 10, lastSessionDay: CalendarDay(year: 2026, month: 11, day: 30),
                restUntil: CalendarDay(year: 2026, month: 12, day: 14)
            ),
            recentPain: [],
            today: today, contraindicationsConfirmedOn: courseBegan
        ),
    ]

    /// An app at the neck routine's safety check (as `knead neck`), knowing `journal`, after `inputs`.
    /// In Russian, with the Russian test routines, when `russian` is set.
    static func app(_ journal: [String: RoutineJournalFacts], _ inputs: [AppInput] = [], colors: Bool = true, russian: Bool = false) -> AppModel {
        var model = AppModel(
            routines: russian ? RussianTestRoutines.all : TestRoutines.all, start: .routine("neck"),
            options: AppOptions(language: russian ? "ru_RU" : nil, colors: colors), journal: journal
        )
        for input in inputs { _ = model.handle(input) }
        return model
    }
}
