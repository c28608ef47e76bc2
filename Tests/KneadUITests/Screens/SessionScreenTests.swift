import Testing

/// The session screen in each of its states, drawn whole at the usual sizes.
@Suite struct SessionScreenTests {
    @Test func runningAt80x24() {
        expectScreen(Scene.running.render(width: 80, height: 24), """
             Neck ease                                              step 1 of 5 · 1:18 left
             ──────────────────────────────────────────────────────────────────────────────
             Stroking the neck
             Stroking · neck · about 10 times

             Stroke with flat palms from the hairline down to the shoulders, slowly and
             lightly.



                                        ██████      ██   ██████
                                        ██  ██ ██ ████   ██  ██
                                        ██  ██      ██   ██████
                                        ██  ██ ██   ██   ██  ██
                                        ██████    ██████ ██████
                                             stroke 5 of 10
                                ████████████████████

             Step    ████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session █████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: Kneading the shoulder · LEFT side · 0:20

             Space: pause · n: next · b: back · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func runningAt40x12() {
        expectScreen(Scene.running.render(width: 40, height: 12), """
             Neck ease      step 1 of 5 · 1:18 left
             Stroking the neck
                    ██████      ██   ██████
                    ██  ██ ██ ████   ██  ██
                    ██  ██      ██   ██████
                    ██  ██ ██   ██   ██  ██
                    ██████    ██████ ██████
                         stroke 5 of 10
              ██████████████████
             Step    ████████████░░░░░░░░░░░░░░░░░░
             Next: Kneading the shoulder · LEFT si…
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func runningAt20x6() {
        expectScreen(Scene.running.render(width: 20, height: 6), """
            Neck ease 1/5 · 1:18
            Stroking the neck
                    0:18
            Step    ████░░░░░░░░
            Next: Kneading the …
            ?: help · q: quit
            """)
    }

    @Test func pausedAt80x24() {
        expectScreen(Scene.paused.render(width: 80, height: 24), """
             Neck ease                                              step 1 of 5 · 1:20 left
             ──────────────────────────────────────────────────────────────────────────────
             Stroking the neck
             Stroking · neck · about 10 times

             Stroke with flat palms from the hairline down to the shoulders, slowly and
             lightly.


                                      PAUSED · Space or p: resume
                  ██████    ██████ ██████    ██████ ██████ ██  ██ ██████ ██████ ████
                  ██  ██ ██     ██ ██  ██    ██  ██ ██  ██ ██  ██ ██     ██     ██  ██
                  ██  ██    ██████ ██  ██    ██████ ██████ ██  ██ ██████ ██████ ██  ██
                  ██  ██ ██ ██     ██  ██    ██     ██  ██ ██  ██     ██ ██     ██  ██
                  ██████    ██████ ██████    ██     ██  ██ ██████ ██████ ██████ ████
                                             stroke 4 of 10
                                                    ████████████████████

             Step    ███████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session ███████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: Kneading the shoulder · LEFT side · 0:20

             Space: resume · n: next · b: back · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func pausedAt40x12() {
        expectScreen(Scene.paused.render(width: 40, height: 12), """
             Neck ease      step 1 of 5 · 1:20 left
             Stroking the neck
                  PAUSED · Space or p: resume
                    ██████    ██████ ██████
                    ██  ██ ██     ██ ██  ██
                    ██  ██    ██████ ██  ██
                    ██  ██ ██ ██     ██  ██
                    ██████    ██████ ██████
                         stroke 4 of 10
             Step    ██████████░░░░░░░░░░░░░░░░░░░░
             Next: Kneading the shoulder · LEFT si…
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func pausedAt20x6() {
        expectScreen(Scene.paused.render(width: 20, height: 6), """
            Neck ease 1/5 · 1:20
            Stroking the neck
                   PAUSED
                    0:20
            Next: Kneading the …
            ?: help · q: quit
            """)
    }

    @Test func leftSideAt80x24() {
        expectScreen(Scene.leftSide.render(width: 80, height: 24), """
             Neck ease                                              step 2 of 5 · 0:55 left
             ──────────────────────────────────────────────────────────────────────────────
             Kneading the shoulder
             Kneading · trapezius
                                             ◀◀  LEFT side

             Grip the muscle between thumb and fingers and knead it in slow circles.
             ! Stay off the spine.



                         ██████      ██   ██████    ██     ██████ ██████ ██████
                         ██  ██ ██ ████   ██        ██     ██     ██       ██
                         ██  ██      ██   ██████    ██     ██████ ██████   ██
                         ██  ██ ██   ██       ██    ██     ██     ██       ██
                         ██████    ██████ ██████    ██████ ██████ ██       ██

             Step    █████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session ███████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: get ready, switch to the RIGHT side · 0:05


             Space: pause · n: next · b: back · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func leftSideAt40x12() {
        expectScreen(Scene.leftSide.render(width: 40, height: 12), """
             Neck ease      step 2 of 5 · 0:55 left
             Kneading the shoulder
                         ◀◀  LEFT side
             ! Stay off the spine.
                    ██████      ██   ██████
                    ██  ██ ██ ████   ██
                    ██  ██      ██   ██████
                    ██  ██ ██   ██       ██
                    ██████    ██████ ██████
             Step    ███████░░░░░░░░░░░░░░░░░░░░░░░
             Next: get ready, switch to the RIGHT …
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func leftSideAt20x6() {
        expectScreen(Scene.leftSide.render(width: 20, height: 6), """
            Neck ease 2/5 · 0:55
            Kneading the …
               ◀◀  LEFT side
                    0:15
            Next: get ready, sw…
            ?: help · q: quit
            """)
    }

    @Test func transitionAt80x24() {
        expectScreen(Scene.transition.render(width: 80, height: 24), """
             Neck ease                                              step 3 of 5 · 0:39 left
             ──────────────────────────────────────────────────────────────────────────────
             Get ready
                                      Switch to the RIGHT side  ▶▶

             Coming up: Kneading the shoulder
             Kneading · trapezius




                     ██████    ██████ ██  ██    ████   ██████ ██████ ██  ██ ██████
                     ██  ██ ██ ██  ██ ██  ██    ██  ██   ██   ██     ██  ██   ██
                     ██  ██    ██  ██ ██████    ████     ██   ██  ██ ██████   ██
                     ██  ██ ██ ██  ██     ██    ██  ██   ██   ██  ██ ██  ██   ██
                     ██████    ██████     ██    ██  ██ ██████ ██████ ██  ██   ██

             Step    ██████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session ███████████████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

             Next: Kneading the shoulder · RIGHT side · 0:20


             Space: pause · n: next · b: back · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func transitionAt40x12() {
        expectScreen(Scene.transition.render(width: 40, height: 12), """
             Neck ease      step 3 of 5 · 0:39 left
             Get ready
                  Switch to the RIGHT side  ▶▶
             Coming up: Kneading the shoulder
                    ██████    ██████ ██  ██
                    ██  ██ ██ ██  ██ ██  ██
                    ██  ██    ██  ██ ██████
                    ██  ██ ██ ██  ██     ██
                    ██████    ██████     ██
             Step    ██████░░░░░░░░░░░░░░░░░░░░░░░░
             Next: Kneading the shoulder · RIGHT s…
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func transitionAt20x6() {
        expectScreen(Scene.transition.render(width: 20, height: 6), """
            Get ready
            Switch to the RIGHT…
            Coming up: Kneading…
                    0:04
            Next: Kneading the …
            ?: help · q: quit
            """)
    }

    @Test func lastStepAt80x24() {
        expectScreen(Scene.lastStep.render(width: 80, height: 24), """
             Neck ease                                              step 5 of 5 · 0:12 left
             ──────────────────────────────────────────────────────────────────────────────
             Resting
             Rest · whole back

             Sit still and breathe slowly.




                                        ██████      ██   ██████
                                        ██  ██ ██ ████       ██
                                        ██  ██      ██   ██████
                                        ██  ██ ██   ██   ██
                                        ██████    ██████ ██████

             Step    ██████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
             Session ████████████████████████████████████████████████████████████░░░░░░░░░░

             Next: nothing, this is the last step



             Space: pause · n: next · b: back · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func lastStepAt40x12() {
        expectScreen(Scene.lastStep.render(width: 40, height: 12), """
             Neck ease      step 5 of 5 · 0:12 left
             Resting
             Rest · whole back
             Sit still and breathe slowly.
                    ██████      ██   ██████
                    ██  ██ ██ ████       ██
                    ██  ██      ██   ██████
                    ██  ██ ██   ██   ██
                    ██████    ██████ ██████
             Step    ██████░░░░░░░░░░░░░░░░░░░░░░░░
             Next: nothing, this is the last step
             h: it hurts · ?: help · q: quit
            """)
    }

    @Test func lastStepAt20x6() {
        expectScreen(Scene.lastStep.render(width: 20, height: 6), """
            Neck ease 5/5 · 0:12
            Resting
                    0:12
            Step    ██░░░░░░░░░░
            Next: nothing, this…
            ?: help · q: quit
            """)
    }
}
