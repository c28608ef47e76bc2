import KneadCore
import Testing
@testable import KneadUI

/// The body figure as whole-screen literals: regions, sides, directions and points, at both
/// sizes, with and without colour, with English and Russian labels; and an area too small for it.
@Suite struct BodyFigureTests {
    private static func draw(
        _ view: BodyView, _ regions: Set<BodyRegion>, side: Side? = nil, direction: MoveDirection? = nil, points: [PressurePoint] = [],
        width: Int, height: Int, language: DisplayLanguage = .english, colors: Bool = false
    ) -> Screen {
        var screen = Screen(width: width, height: height)
        let theme = Theme(colors: colors, words: Wording(language: language))
        BodyFigure(view: view, regions: regions, side: side, direction: direction, points: points, theme: theme)
            .draw(into: &screen, area: Area(of: screen))
        return screen
    }

    @Test func theMusclesBesideTheSpineBottomUpLeaveTheSpineUnfilled() {
        expectScreen(Self.draw(.back, [.besideSpine], direction: .up, width: 15, height: 11), """
             L   ░░░░░   R
                 ░   ░
                  ░│░
              ░░░░ │ ░░░░
             ░    █│█    ░
              ░   █│█   ░
              ░   ↑│↑   ░
               ░  █│█  ░
               ░  █│█  ░
               ░░░░░░░░░
              from behind
            """)
    }

    @Test func theLeftShoulderBladeOutwardsWithRussianLabels() {
        expectScreen(Self.draw(.back, [.shoulderBlades], side: .left, direction: .outward, width: 15, height: 11, language: .russian), """
             Л   ░░░░░   П
                 ░   ░
                  ░│░
              ░░░░ │ ░░░░
             ░ ███ │     ░
              ░█←█ │    ░
              ░    │    ░
               ░   │   ░
               ░   │   ░
               ░░░░░░░░░
               вид сзади
            """)
    }

    @Test func theLowerBackTowardsTheGroinAtTheLargeSize() {
        expectScreen(Self.draw(.back, [.lowerBack], direction: .towardsGroin, width: 25, height: 19), """
            L       ░░░░░░░░░       R
                    ░░     ░░
                      ░ │ ░
                      ░ │ ░
              ░░░░░░░░  │  ░░░░░░░░
              ░         │         ░
            ░░          │          ░░
            ░░          │          ░░
              ░         │         ░
              ░         │         ░
              ░         │         ░
              ░░        │        ░░
                ████████│████████
                ████████│████████
                ████↙███│████↘███
                ████████│████████
                ░               ░
                ░░░░░░░░░░░░░░░░░
                   from behind
            """)
    }

    @Test func theRightThighUpwards() {
        expectScreen(Self.draw(.legs, [.thigh], side: .right, direction: .up, width: 13, height: 10), """
            L░░░░░ ░░░░░R
              ░  ░ ████
              ░  ░ ██↑█
              ░ ░   ███
              ░ ░   ░ ░
              ░ ░   ░ ░
              ░ ░   ░ ░
              ░ ░   ░ ░
             ░░░     ░░░
             from behind
            """)
    }

    @Test func theRightHandHasItsThumbOnTheLeftAndThePointMarked() {
        expectScreen(Self.draw(.hand, [.hand], side: .right, points: [.thumbIndex], width: 13, height: 10), """
            R   █ █ █ █
                █ █ █ █
                ███████
             █  ███████
              ██●██████
               ████████
                ███████
                 █████
                 █████
            back of hand
            """)
    }

    @Test func theRegionTakesTheAccentWithColourAndOnlyItsShapeWithout() {
        let coloured = Self.draw(.back, [.besideSpine], width: 15, height: 11, colors: true)
        let plain = Self.draw(.back, [.besideSpine], width: 15, height: 11, colors: false)
        #expect(coloured.text == plain.text)
        #expect(coloured.rows[4][6].character == "█" && coloured.rows[4][6].style.color == .cyan)
        #expect(plain.rows[4][6].character == "█" && plain.rows[4][6].style.color == nil)
        #expect(plain.rows[4][7].character == "│" && plain.rows[4][7].style.dim, "the spine is a faint line")
    }

    @Test func anAreaTooSmallForTheFigureLeavesItOut() {
        for (width, height) in [(0, 0), (12, 11), (15, 10), (1, 40)] {
            #expect(Self.draw(.back, [.back], width: width, height: height) == Screen(width: width, height: height), "\(width)×\(height)")
        }
    }
}
