import Testing

/// The list of routines, drawn whole at the usual sizes.
@Suite struct PickerScreenTests {
    @Test func pickerAt80x24() {
        expectScreen(Scene.picker.render(width: 80, height: 24), """
             knead · choose a routine
             ──────────────────────────────────────────────────────────────────────────────
             1 Neck ease                                                        neck · 1:30
               Loosens a stiff neck after a day at the desk.
             2 Lower back                                                 lower back · 0:45
               A short warm-up for the lower back.

















             ↑↓: choose · Enter: open · c: calendar · ?: help · q: quit
            """)
    }

    @Test func pickerAt40x12() {
        expectScreen(Scene.picker.render(width: 40, height: 12), """
             knead · choose a routine
             ──────────────────────────────────────
             1 Neck ease                       1:30
               Loosens a stiff neck after a day at
               the desk.
             2 Lower back                      0:45
               A short warm-up for the lower back.




             ↑↓: choose · Enter: open · q: quit
            """)
    }

    @Test func aRoutineNotHighlightedShowsTheFirstLineOfItsSummaryCutWithAnEllipsis() {
        let model = Scene.app([.key(.down, at: .seconds(0))])
        let lines = model.render(width: 40, height: 12, at: .seconds(0)).lines
        #expect(lines[3].hasPrefix("   Loosens a stiff neck after a day") && lines[3].contains("…"), "\(lines.joined(separator: "\n"))")
        #expect(lines[4].hasPrefix(" 2 Lower back"))
    }

    @Test func pickerAt20x6() {
        expectScreen(Scene.picker.render(width: 20, height: 6), """
            Choose a routine
            ────────────────────
            1 Neck ease     1:30
              Loosens a stiff
              neck after a day
            Enter:open q:quit
            """)
    }
}
