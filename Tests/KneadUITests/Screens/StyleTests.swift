import Testing
import KneadCore
import KneadUI

/// Colours only when asked for, a colour per technique, and banners that stand out.
@Suite struct StyleTests {
    private func cells(_ screen: Screen, row: Int) -> [Cell] {
        screen.rows[row].filter { $0.character != " " }
    }

    @Test(arguments: Scene.all)
    func withoutColoursNoCellHasAColour(scene: Scene) {
        let screen = scene.render(width: 80, height: 24, colors: false)
        #expect(screen.rows.joined().allSatisfy { $0.style.color == nil })
        #expect(screen.rows.joined().contains { $0.style.bold })
    }

    @Test(arguments: Scene.all)
    func withoutColoursTheScreenReadsTheSame(scene: Scene) {
        #expect(scene.render(width: 80, height: 24, colors: false).text == scene.render(width: 80, height: 24).text)
    }

    @Test func withColoursTheMoveNameTakesItsTechniquesColour() {
        let screen = Scene.running.render(width: 80, height: 24)
        let name = cells(screen, row: 2)
        #expect(String(name.map(\.character)) == "Strokingtheneck")
        #expect(name.allSatisfy { $0.style.color == .cyan && $0.style.bold })
        let kneading = Scene.leftSide.render(width: 80, height: 24)
        #expect(cells(kneading, row: 2).allSatisfy { $0.style.color == .green })
    }

    @Test func everyTechniqueHasAColour() {
        for technique in Technique.allCases {
            let stage = Stage(name: LocalizedText("Move"), technique: technique, area: "back", duration: .seconds(5), instructions: LocalizedText("Do it."))
            let routine = Routine(id: "one", title: LocalizedText("One"), stages: [stage])
            var model = AppModel(routines: [routine], start: .routine(routine.id), options: AppOptions())
            _ = model.handle(.key(.enter, at: .seconds(0)))
            _ = model.handle(.key(.character("s"), at: .seconds(0)))
            let screen = model.render(width: 80, height: 24, at: .seconds(0))
            #expect(screen.rows[2][1].style.color != nil, "\(technique)")
        }
    }

    @Test func theSideBannerIsBoldReverseAcrossTheRow() {
        let screen = Scene.leftSide.render(width: 80, height: 24)
        let banner = screen.rows[4]
        #expect(banner[1...78].allSatisfy { $0.style.reverse && $0.style.bold })
        #expect(screen.lines[4].contains("◀◀  LEFT side"))
    }

    @Test func thePausedBannerAndLabelStandOutAndTheDigitsDim() {
        let screen = Scene.paused.render(width: 80, height: 24)
        let bannerRow = screen.lines.firstIndex { $0.contains("PAUSED · Space or p: resume") }
        let row = try! #require(bannerRow)
        #expect(screen.rows[row][1...78].allSatisfy { $0.style.reverse && $0.style.bold })
        let digits = screen.rows[row + 1].filter { $0.character == "█" }
        #expect(digits.contains { $0.style.dim })
        #expect(digits.contains { $0.style.reverse && $0.style.bold })
    }
}
