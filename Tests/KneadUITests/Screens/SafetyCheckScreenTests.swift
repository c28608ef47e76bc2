import Testing

/// The safety check before a session, drawn whole at the usual sizes.
@Suite struct SafetyCheckScreenTests {
    @Test func safetyCheckAt80x24() {
        expectScreen(Scene.safetyCheck.render(width: 80, height: 24), """
             Neck ease
             ──────────────────────────────────────────────────────────────────────────────
             neck · 5 steps · 1:30

             How to sit or lie:
             Sit upright.

             Do not start if you have:
             • Fever
             • Recent neck injury

             Stop at once if:
             • Pain grows
             • Dizziness

             Good to know:
             • Work the muscles, never the spine itself.

             Course:
             At most 10 sessions in a row, then 14 days of rest.



             Enter or Space: begin · ?: help · q: back
            """)
    }

    @Test func safetyCheckAt40x12() {
        expectScreen(Scene.safetyCheck.render(width: 40, height: 12), """
             Neck ease                            ↓
             ──────────────────────────────────────
             neck · 5 steps · 1:30

             How to sit or lie:
             Sit upright.

             Do not start if you have:
             • Fever
             • Recent neck injury

             Enter: begin · ↑↓: scroll · q: back
            """)
    }

    @Test func safetyCheckAt20x6() {
        expectScreen(Scene.safetyCheck.render(width: 20, height: 6), """
            Neck ease          ↓
            ────────────────────
            neck · 5 steps ·
            1:30

            Enter:begin q:back
            """)
    }
}
