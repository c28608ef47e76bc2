import KneadCore
import KneadUI
import Testing

/// The journal's screens drawn whole: the pain question, the course warning, the summary with
/// pain and trend, the course standing, a journal warning.
@Suite struct JournalScreenTests {
    static let painBefore = JournalScenes.app(JournalScenes.returning, [.key(.enter, at: .seconds(1))])
    static let courseWarning = JournalScenes.app(JournalScenes.fullCourse, [.key(.enter, at: .seconds(1))])
    static let painAfter = JournalScenes.app(JournalScenes.returning, [
        .key(.enter, at: .seconds(1)), .key(.character("6"), at: .seconds(100)), .tick(at: .seconds(190)),
    ])
    static let finished = JournalScenes.app(JournalScenes.returning, [
        .key(.enter, at: .seconds(1)), .key(.character("6"), at: .seconds(100)), .tick(at: .seconds(190)), .key(.character("3"), at: .seconds(191)),
    ])

    @Test func painBeforeAt80x24() {
        expectScreen(Self.painBefore.render(width: 80, height: 24, at: .seconds(2)), """
             Neck ease

             How much does it hurt now?

               0   1   2   3   4  [5]  6   7   8   9  10
             0 no pain · 10 the worst imaginable

             Last time: 5 → 2















             0-9: answer · ←→: choose · Enter: give 5 · s: skip · Esc: back
            """)
    }

    @Test func painBeforeAt40x12() {
        expectScreen(Self.painBefore.render(width: 40, height: 12, at: .seconds(2)), """
             Neck ease

             How much does it hurt now?

              0  1  2  3  4 [5] 6  7  8  9 10
             0 no pain · 10 the worst imaginable

             Last time: 5 → 2



             0-9: answer · Enter: give 5 · s: skip
            """)
    }

    @Test func painAfterAt40x12() {
        expectScreen(Self.painAfter.render(width: 40, height: 12, at: .seconds(190)), """
             Neck ease

             And now, after the session?

              0  1  2  3  4  5 [6] 7  8  9 10
             0 no pain · 10 the worst imaginable

             Before the session: 6



             0-9: answer · Enter: give 6 · s: skip
            """)
    }

    @Test func painBeforeAt20x6() {
        expectScreen(Self.painBefore.render(width: 20, height: 6, at: .seconds(2)), """
            Neck ease
            How much does it
            hurt now?
            0 1 2 3 4 [5]6 7 8 …
            0 none · 10 worst
            0-9:answer Enter:gi…
            """)
    }

    @Test func courseWarningAt80x24() {
        expectScreen(Self.courseWarning.render(width: 80, height: 24, at: .seconds(2)), """
             Neck ease

             This course has had its 10 sessions.
             The routine asks for a rest until Mon 14 Dec.
             Start session 11 anyway? The journal will note it.


















             y: start anyway · n: back
            """)
    }

    @Test func courseWarningAt40x12() {
        expectScreen(Self.courseWarning.render(width: 40, height: 12, at: .seconds(2)), """
             Neck ease

             This course has had its 10 sessions.
             The routine asks for a rest until Mon
             14 Dec.
             Start session 11 anyway? The journal
             will note it.




             y: start anyway · n: back
            """)
    }

    @Test func courseWarningAt20x6() {
        expectScreen(Self.courseWarning.render(width: 20, height: 6, at: .seconds(2)), """
            This course has had
            its 10 sessions.
            The routine asks for
            a rest until Mon 14
            Dec.
            y: start · n: back
            """)
    }

    @Test func painAfterAt80x24() {
        expectScreen(Self.painAfter.render(width: 80, height: 24, at: .seconds(190)), """
             Neck ease

             And now, after the session?

               0   1   2   3   4   5  [6]  7   8   9  10
             0 no pain · 10 the worst imaginable

             Before the session: 6















             0-9: answer · ←→: choose · Enter: give 6 · s: skip
            """)
    }

    @Test func finishedWithPainAndTrendAt80x24() {
        expectScreen(Self.finished.render(width: 80, height: 24, at: .seconds(192)), """
             Session complete, well done
             Neck ease

             Pain         6 → 3
             Time spent   1:30
             Steps done   5 of 5
             Skipped      0
             Trend before ▅▅▅▅
             Trend after  ▃▃▂▃














             Any key: exit
            """)
    }

    @Test func finishedWithPainAndTrendAt40x12() {
        expectScreen(Self.finished.render(width: 40, height: 12, at: .seconds(192)), """
             Session complete, well done
             Neck ease

             Pain         6 → 3
             Time spent   1:30
             Steps done   5 of 5
             Skipped      0
             Trend before ▅▅▅▅
             Trend after  ▃▃▂▃


             Any key: exit
            """)
    }

    @Test func safetyCheckShowsTheFullCourseAndItsRestFirstAt80x24() {
        let model = JournalScenes.app(JournalScenes.fullCourse)
        expectScreen(model.render(width: 80, height: 24, at: .seconds(2)), """
             Neck ease                                                         more below ↓
             ──────────────────────────────────────────────────────────────────────────────
             neck · 5 steps · 1:30
             course done: 10 of at most 10 · last on Mon 30 Nov
             This course has had its 10 sessions: rest until 14 Dec.

             ←→x  Sore side: neither
             f    Flare (acute pain): no
             g    Gentle, skin only: off

             c    Contraindications: confirmed on 20 Nov · show

             How to sit or lie:
             Sit upright.

             Stop at once if:
             • Pain grows
             • Dizziness

             Good to know:
             • Work the muscles, never the spine itself.

             Course:
             Enter or Space: begin · ↑↓: scroll · ?: help · q: quit
            """)
    }

    @Test func safetyCheckShowsTheNextSessionAt40x12() {
        expectScreen(JournalScenes.app(JournalScenes.returning).render(width: 40, height: 12, at: .seconds(0)), """
             Neck ease                            ↓
             ──────────────────────────────────────
             neck · 5 steps · 1:30
             Next: session 4 of at most 10 · last
             on Mon 30 Nov

             ←→x  Sore side: neither
             f    Flare (acute pain): no
             g    Gentle, skin only: off

             c    Contraindications: confirmed on
             Enter: begin · ↑↓: scroll · q: quit
            """)
    }

    @Test func thePickerShowsTheHighlightedRoutinesStandingAt80x24() {
        let model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(), journal: JournalScenes.returning)
        expectScreen(model.render(width: 80, height: 24, at: .seconds(0)), """
             knead · choose a routine
             ──────────────────────────────────────────────────────────────────────────────
             1 Neck ease                                                        neck · 1:30
               Loosens a stiff neck after a day at the desk.
               session 4 of at most 10 · last on Mon 30 Nov
             2 Lower back                                                 lower back · 0:45
               A short warm-up for the lower back.
















             ↑↓: choose · Enter: open · c: calendar · ?: help · q: quit
            """)
    }

    @Test func aJournalWarningTakesTheFooterRow() {
        var model = JournalScenes.app([:], [.key(.character("n"), at: .seconds(1)), .key(.character("s"), at: .seconds(100))])
        _ = model.handle(.journalWarning("journal: cannot write /home/me/j.sqlite3: database or disk is full"))
        expectScreen(model.render(width: 40, height: 12, at: .seconds(105)), """
             Neck ease      step 1 of 5 · 1:25 left
             Stroking the neck
                    ██████    ██████ ██████
                    ██  ██ ██     ██ ██
                    ██  ██    ██████ ██████
                    ██  ██ ██ ██         ██
                    ██████    ██████ ██████
                         stroke 2 of 10
                                ██████████████████
             Step    █████░░░░░░░░░░░░░░░░░░░░░░░░░
             Next: Kneading the shoulder · LEFT si…
            journal: cannot write /home/me/j.sqlite…
            """)
    }
}
