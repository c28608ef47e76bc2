import KneadCore
import Testing
@testable import KneadUI

/// The picker names each routine's standing on its line: due today, done today, next, resting.
@Suite struct PickerStandingTests {
    static let today = CalendarDay(year: 2026, month: 12, day: 1)!

    /// The neck routine's course: three sessions, the last yesterday, so the fourth is due today;
    /// the back routine done today.
    static var journal: [String: RoutineJournalFacts] {
        var neck = JournalScenes.returning["neck"]!
        neck.courseDays = [30, 29, 28].map { CalendarDay(year: 2026, month: 11, day: $0)! }
        var back = RoutineJournalFacts(
            standing: CourseStanding(nextSession: 2, maxSessions: nil, lastSessionDay: today, restUntil: nil), recentPain: [], today: today
        )
        back.courseDays = [today]
        return ["neck": neck, "back": back]
    }

    static func picker(width: Int, height: Int, language: String? = nil) -> Screen {
        var routines = TestRoutines.all
        routines[1].course = Course(maxSessions: 8, restDays: 7)
        let model = AppModel(routines: routines, start: .picker, options: AppOptions(language: language, colors: false), journal: journal)
        return model.render(width: width, height: height, at: .seconds(1))
    }

    @Test func eachRoutineSaysWhereItsCourseStandsAt80x24() {
        expectScreen(Self.picker(width: 80, height: 24), """
             knead · choose a routine
             ──────────────────────────────────────────────────────────────────────────────
             1 Neck ease                  due today (session 4 of at most 10) · neck · 1:30
               Loosens a stiff neck after a day at the desk.
               session 4 of at most 10 · last on Mon 30 Nov
             2 Lower back                                    done today · lower back · 0:45
               A short warm-up for the lower back.
















             ↑↓: choose · Enter: open · c: calendar · ?: help · q: quit
            """)
    }

    @Test func aNarrowPickerKeepsTheStandingWithoutTheSessionNumberAt40x12() {
        expectScreen(Self.picker(width: 40, height: 12), """
             knead · choose a routine
             ──────────────────────────────────────
             1 Neck ease           due today · 1:30
               Loosens a stiff neck after a day at
               the desk.
               session 4 of at most 10 · last on M…
             2 Lower back         done today · 0:45
               A short warm-up for the lower back.



             ↑↓: choose · Enter: open · q: quit
            """)
    }

    @Test func theStandingIsInRussian() {
        expectScreen(Self.picker(width: 80, height: 24, language: "ru"), """
             knead · выберите программу
             ──────────────────────────────────────────────────────────────────────────────
             1 Шея                           сегодня по плану (сеанс 4 из 10) · neck · 1:30
               Loosens a stiff neck after a day at the desk.
               сеанс 4 из 10 · последний пн, 30 ноя
             2 Lower back                               сегодня сделано · lower back · 0:45
               A short warm-up for the lower back.
















             ↑↓: выбор · Enter: открыть · c: календарь · ?: справка · q: выход
            """)
    }
}
