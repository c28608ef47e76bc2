import Testing

/// The help and the quit confirmation drawn over a running session.
@Suite struct OverlayTests {
    @Test func helpAt80x24() {
        expectScreen(Scene.help.render(width: 80, height: 24), """
             Neck eas┌─────────────────────────── Keys ───────────────────────────┐:18 left
             ────────│ During a session                                           │────────
             Stroking│ Space, p      pause or resume                              │
             Stroking│ n, →          next step                                    │
                     │ b, ←          back: restart, or previous step              │
             Stroke w│ r             restart this step                            │ and
             lightly.│ +, =          add 15 s to this step                        │
                     │ -             take 15 s off this step                      │
                     │ h, !          it hurts: pause, then choose                 │
                     │ ?             this help                                    │
                     │ q, Esc        quit (asks first)                            │
                     │                                                            │
                     │ After "it hurts"                                           │
                     │ g             go on gently: stroking and rest only         │
                     │ s             skip this step                               │
                     │ e             end the session                              │
                     │ r, Esc        resume as it was                             │
                     │ Enter         the choice marked as the default             │
             Step    │                                                            │░░░░░░░░
             Session │ Before a session                                           │░░░░░░░░
                     │ ↑, k          scroll up                                    │
             Next: Kn│ ↓, j          scroll down                                  │
                     │ Any key closes this help                                   │
             Space: p└────────────────────────────────────────────────────────────┘ q: quit
            """)
    }

    @Test func helpAt40x12() {
        expectScreen(Scene.help.render(width: 40, height: 12), """
            ┌──────────────── Keys ────────────────┐
            │ During a session                     │
            │ Space, p pause or resume             │
            │ n, → next step                       │
            │ b, ← back: restart, or previous step │
            │ r restart this step                  │
            │ +, = add 15 s to this step           │
            │ - take 15 s off this step            │
            │ h, ! it hurts: pause, then choose    │
            │ ? this help                          │
            │ Any key closes this help             │
            └──────────────────────────────────────┘
            """)
    }

    @Test func helpAt20x6() {
        expectScreen(Scene.help.render(width: 20, height: 6), """
            ┌────── Keys ──────┐
            │During a session  │
            │Space, p pause or…│
            │n, → next step    │
            │Any key closes th…│
            └──────────────────┘
            """)
    }

    @Test func quitConfirmationAt80x24() {
        expectScreen(Scene.quitConfirmation.render(width: 80, height: 24), """
             Neck ease                                              step 1 of 5 · 1:18 left
             ──────────────────────────────────────────────────────────────────────────────
             Stroking the neck
             Stroking · neck · about 10 times

             Stroke with flat palms from the hairline down to the shoulders, slowly and
             lightly.



                                      ┌───────── Quit ──────────┐
                                      │ Quit this session? y/n  │
                                      │ y: quit · n: keep going │
                                      └─────────────────────────┘
                                        ██████    ██████ ██████
                                             stroke 5 of 10
                                ████████████████████

             Step    ████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session █████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: Kneading the shoulder · LEFT side · 0:20

             Space: pause · n: next · b: back · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func quitConfirmationAt40x12() {
        expectScreen(Scene.quitConfirmation.render(width: 40, height: 12), """
             Neck ease      step 1 of 5 · 1:18 left
             Stroking the neck
                    ██████      ██   ██████
                    ██  ██ ██ ████   ██  ██
                  ┌───────── Quit ──────────┐
                  │ Quit this session? y/n  │
                  │ y: quit · n: keep going │
                  └─────────────────────────┘
              ██████████████████
             Step    ████████████░░░░░░░░░░░░░░░░░░
             Next: Kneading the shoulder · LEFT si…
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func quitConfirmationAt20x6() {
        expectScreen(Scene.quitConfirmation.render(width: 20, height: 6), """
            ┌────── Quit ──────┐
            │Quit this session?│
            │y/n               │
            │y:quit n:keep goi…│
            └──────────────────┘
            ?: help · q: quit
            """)
    }
}
