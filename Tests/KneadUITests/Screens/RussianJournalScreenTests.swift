import KneadCore
import KneadUI
import Testing

/// The journal's screens in Russian, drawn whole: the pain question, the course warning with a
/// Russian date, the summary with pain and trend, and the picker's course standing.
@Suite struct RussianJournalScreenTests {
    static let painBefore = JournalScenes.app(JournalScenes.returning, [.key(.enter, at: .seconds(1))], russian: true)
    static let courseWarning = JournalScenes.app(JournalScenes.fullCourse, [.key(.enter, at: .seconds(1))], russian: true)
    static let finished = JournalScenes.app(JournalScenes.returning, [
        .key(.enter, at: .seconds(1)), .key(.character("6"), at: .seconds(100)), .tick(at: .seconds(190)), .key(.character("3"), at: .seconds(191)),
    ], russian: true)
    static let picker = AppModel(routines: RussianTestRoutines.all, start: .picker, options: AppOptions(language: "ru"), journal: JournalScenes.returning)

    @Test func painBeforeAt80x24() {
        expectScreen(Self.painBefore.render(width: 80, height: 24, at: .seconds(2)), """
             Шея

             Насколько сильно болит сейчас?

               0   1   2   3   4  [5]  6   7   8   9  10
             0 не болит · 10 нестерпимая боль

             В прошлый раз: 5 → 2















             0-9: ответ · ←→: выбор · Enter: дать 5 · s: пропуск · Esc: назад
            """)
    }

    @Test func painBeforeAt40x12() {
        expectScreen(Self.painBefore.render(width: 40, height: 12, at: .seconds(2)), """
             Шея

             Насколько сильно болит сейчас?

              0  1  2  3  4 [5] 6  7  8  9 10
             0 не болит · 10 нестерпимая боль

             В прошлый раз: 5 → 2



             0-9:ответ Enter:дать 5 s:пропуск
            """)
    }

    @Test func courseWarningAt80x24() {
        expectScreen(Self.courseWarning.render(width: 80, height: 24, at: .seconds(2)), """
             Шея

             В этом курсе уже 10 сеансов.
             Программа советует отдых до пн, 14 дек.
             Всё равно начать сеанс 11? Дневник это отметит.


















             y: всё равно начать · n: назад
            """)
    }

    @Test func courseWarningAt40x12() {
        expectScreen(Self.courseWarning.render(width: 40, height: 12, at: .seconds(2)), """
             Шея

             В этом курсе уже 10 сеансов.
             Программа советует отдых до пн, 14
             дек.
             Всё равно начать сеанс 11? Дневник это
             отметит.




             y: всё равно начать · n: назад
            """)
    }

    @Test func finishedAt80x24() {
        expectScreen(Self.finished.render(width: 80, height: 24, at: .seconds(192)), """
             Сеанс окончен, отлично
             Шея

             Боль         6 → 3
             Время        1:30
             Выполнено    5 из 5
             Пропущено    0
             Боль до      ▅▅▅▅
             Боль после   ▃▃▂▃














             Любая клавиша: выход
            """)
    }

    @Test func finishedAt40x12() {
        expectScreen(Self.finished.render(width: 40, height: 12, at: .seconds(192)), """
             Сеанс окончен, отлично
             Шея

             Боль         6 → 3
             Время        1:30
             Выполнено    5 из 5
             Пропущено    0
             Боль до      ▅▅▅▅
             Боль после   ▃▃▂▃


             Любая клавиша: выход
            """)
    }

    @Test func pickerAt80x24() {
        expectScreen(Self.picker.render(width: 80, height: 24, at: .seconds(0)), """
             knead · выберите программу
             ──────────────────────────────────────────────────────────────────────────────
             1 Шея                                                               шея · 1:30
               Снимает скованность шеи после дня за столом.
               сеанс 4 из 10 · последний пн, 30 ноя
             2 Поясница                                                     поясница · 0:45
               Короткая разминка для поясницы.
















             ↑↓: выбор · Enter: открыть · c: календарь · ?: справка · q: выход
            """)
    }

    @Test func pickerAt40x12() {
        expectScreen(Self.picker.render(width: 40, height: 12, at: .seconds(0)), """
             knead · выберите программу
             ──────────────────────────────────────
             1 Шея                             1:30
               Снимает скованность шеи после дня
               за столом.
               сеанс 4 из 10 · последний пн, 30 ноя
             2 Поясница                        0:45
               Короткая разминка для поясницы.



             ↑↓: выбор · Enter: открыть · q: выход
            """)
    }
}
