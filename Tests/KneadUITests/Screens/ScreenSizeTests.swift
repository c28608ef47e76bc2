import Testing
import KneadUI

/// Every screen at every small size and a few large ones: nothing crashes, the grid has the
/// size asked for, and a terminal too small says so.
@Suite struct ScreenSizeTests {
    @Test(arguments: Scene.all)
    func everySmallSizeDraws(scene: Scene) {
        for width in 0...30 {
            for height in 0...12 {
                let screen = scene.render(width: width, height: height)
                #expect(screen.width == width && screen.height == height, "\(scene) at \(width)×\(height)")
                #expect(screen.rows.count == height && screen.rows.allSatisfy { $0.count == width })
            }
        }
    }

    @Test(arguments: Scene.all)
    func everySmallSizeDrawsInRussian(scene: Scene) {
        for width in 0...30 {
            for height in 0...12 {
                let screen = scene.renderInRussian(width: width, height: height)
                #expect(screen.rows.count == height && screen.rows.allSatisfy { $0.count == width }, "\(scene) at \(width)×\(height)")
            }
        }
    }

    @Test(arguments: Scene.all)
    func aTooSmallTerminalAsksForMoreRoomInRussian(scene: Scene) {
        expectScreen(scene.renderInRussian(width: 19, height: 6), """


              Увеличьте окно
                 терминала


            """)
    }

    @Test(arguments: Scene.all)
    func largeAndOddSizesDraw(scene: Scene) {
        for (width, height) in [(200, 60), (300, 100), (1000, 3), (3, 500), (81, 25), (-5, -5)] {
            let screen = scene.render(width: width, height: height)
            #expect(screen.width == max(0, width) && screen.height == max(0, height), "\(scene) at \(width)×\(height)")
        }
    }

    @Test(arguments: Scene.all)
    func aZeroSizedScreenIsEmpty(scene: Scene) {
        expectScreen(scene.render(width: 0, height: 0), "")
    }

    @Test(arguments: Scene.all)
    func aOneCellScreenShowsWhatFitsOfTheRequest(scene: Scene) {
        expectScreen(scene.render(width: 1, height: 1), "M")
    }

    @Test(arguments: Scene.all)
    func justBelowTheSmallestUsefulSizeAsksForMoreRoom(scene: Scene) {
        expectScreen(scene.render(width: 19, height: 6), """


             Make the terminal
                  larger


            """)
        expectScreen(scene.render(width: 30, height: 5), """


               Make the terminal larger


            """)
    }

    @Test(arguments: [Scene.running, Scene.paused, Scene.leftSide, Scene.transition, Scene.lastStep])
    func aLargeScreenShowsTheCountdownInBigDigits(scene: Scene) {
        let text = scene.render(width: 200, height: 60).text
        #expect(text.contains("██████"))
        #expect(text.contains("Next:"))
    }
}
