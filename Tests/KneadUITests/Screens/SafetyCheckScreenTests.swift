import Testing

/// The safety check before a session, drawn whole at the usual sizes.
@Suite struct SafetyCheckScreenTests {
    @Test func safetyCheckAt80x24() {
        expectScreen(Scene.safetyCheck.render(width: 80, height: 24), """
             Neck ease                                                         more below ↓
             ──────────────────────────────────────────────────────────────────────────────
             neck · 5 steps · 1:30

             Do not start if you have:
             • Fever
             • Recent neck injury

             ←→x  Sore side: neither
             f    Flare (acute pain): no
             g    Gentle, skin only: off

             How to sit or lie:
             Sit upright.

             Stop at once if:
             • Pain grows
             • Dizziness

             Good to know:
             • Work the muscles, never the spine itself.
             Do any of these apply to you?
             n: none apply, begin · y: one does
             ↑↓: scroll · ?: help · q: back
            """)
    }

    @Test func safetyCheckAt40x12() {
        expectScreen(Scene.safetyCheck.render(width: 40, height: 12), """
             Neck ease                            ↓
             ──────────────────────────────────────
             neck · 5 steps · 1:30

             Do not start if you have:
             • Fever
             • Recent neck injury

             ←→x  Sore side: neither
             Do any of these apply to you?
             n: none apply, begin · y: one does
             ↑↓: scroll · ?: help · q: back
            """)
    }

    @Test func safetyCheckAt20x6() {
        expectScreen(Scene.safetyCheck.render(width: 20, height: 6), """
            Neck ease          ↓
            ────────────────────
            Do any of these
            apply to you?
            n:none apply, begin…
            ↑↓: scroll · q: back
            """)
    }
}
