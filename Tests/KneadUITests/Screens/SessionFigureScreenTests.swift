import KneadCore
import Testing
@testable import KneadUI

/// The session screen with the body figure beside the move: large where there is room, small
/// at 80×24, and gone at 40×12, where the move, the countdown and the next step win.
@Suite struct SessionFigureScreenTests {
    /// The neck routine with its first two stages placed on the body.
    static var placed: Routine {
        var routine = TestRoutines.neck
        routine.stages[0].region = .neck
        routine.stages[0].direction = .down
        routine.stages[1].region = .shoulders
        routine.stages[1].direction = .circles
        return routine
    }

    /// The left shoulder's kneading, 5 s in, drawn at `width` × `height`.
    static func render(width: Int, height: Int) -> Screen {
        var model = AppModel(routines: [placed], start: .routine("neck"), options: AppOptions(colors: false))
        for input: AppInput in [.key(.character("n"), at: .seconds(95)), .key(.character("s"), at: .seconds(100)), .tick(at: .seconds(130))] {
            _ = model.handle(input)
        }
        return model.render(width: width, height: height, at: .seconds(135))
    }

    @Test func theLargeFigureStandsBesideTheMoveAt120x40() {
        expectScreen(Self.render(width: 120, height: 40), """
              Neck ease                                                                                    step 2 of 5 · 0:55 left
              ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
              Kneading the shoulder                                                                      L       ░░░░░░░░░       R
              Kneading · trapezius                                                                               ░░     ░░
                                                   ◀◀  LEFT side                                                   ░ │ ░
                                                                                                                   ░ │ ░
              Grip the muscle between thumb and fingers and knead it in slow circles.                      ████░░░░  │  ░░░░░░░░
              ! Stay off the spine.                                                                        ████      │         ░
                                                                                                         ███↻        │          ░░
                                                                                                         ████        │          ░░
                                                                                                           ░         │         ░
                                                                                                           ░         │         ░
                                                                                                           ░         │         ░
                                                                                                           ░░        │        ░░
                                                                                                             ░       │       ░
                                                                                                             ░       │       ░
                                                                                                             ░       │       ░
                                                                                                             ░       │       ░
                                                                                                             ░               ░
                              ██████      ██   ██████    ██     ██████ ██████ ██████                         ░░░░░░░░░░░░░░░░░
                              ██  ██ ██ ████   ██        ██     ██     ██       ██                              from behind
                              ██  ██      ██   ██████    ██     ██████ ██████   ██
                              ██  ██ ██   ██       ██    ██     ██     ██       ██
                              ██████    ██████ ██████    ██████ ██████ ██       ██

              Step    ███████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
              Session ██████████████████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

              Next: get ready, switch to the RIGHT side · 0:05










              Space: pause · n: next · b: back · r: restart · +/-: 15 s · h: it hurts · ?: help · q: quit
            """)
    }

    @Test func theSmallFigureStandsBesideTheMoveAt80x24() {
        expectScreen(Self.render(width: 80, height: 24), """
             Neck ease                                              step 2 of 5 · 0:55 left
             ──────────────────────────────────────────────────────────────────────────────
             Kneading the shoulder                                           L   ░░░░░   R
             Kneading · trapezius                                                ░   ░
                                     ◀◀  LEFT side                                ░│░
                                                                              ██░░ │ ░░░░
             Grip the muscle between thumb and fingers and knead it in       █↻    │     ░
             slow circles.                                                    ░    │    ░
             ! Stay off the spine.                                            ░    │    ░
                                                                               ░   │   ░
                                                                               ░   │   ░
                                                                               ░░░░░░░░░
                ██████      ██   ██████    ██     ██████ ██████ ██████        from behind
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

    @Test func theFigureGivesWayAt40x12() {
        expectScreen(Self.render(width: 40, height: 12), """
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
}
