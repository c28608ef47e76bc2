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


















             ↑↓: choose · Enter: open · 1-9: open by number · ?: help · q: quit
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





             ↑↓: choose · Enter: open · q: quit
            """)
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
