import KneadCore
import Testing
@testable import KneadUI

/// A screen the app has never heard of runs through the router as it is: pushed, replaced,
/// gone back from, home, a box over it, and an exit.
@Suite struct NewScreenTests {
    private static func app() -> AppModel {
        AppModel(startingOn: GreetingFeature(), routines: TestRoutines.all, options: AppOptions(colors: false))
    }

    private static func press(_ letters: String, _ model: inout AppModel) -> [AppCommand] {
        letters.flatMap { model.handle(.key(.character($0), at: .seconds(1))) }
    }

    @Test func aNewScreenIsPushedReplacedAndLeft() {
        var model = Self.app()
        #expect(model.screenName == "greeting(Hello)")
        #expect(Self.press("p", &model) == [.cue(.paused)])
        #expect(model.screenName == "greeting(Again)")
        _ = Self.press("r", &model)
        #expect(model.screenName == "greeting(Instead)")
        _ = Self.press("b", &model)
        #expect(model.screenName == "greeting(Hello)")
        _ = Self.press("wpph", &model)
        #expect(model.screenName == "greeting(Hello!)", "home keeps the bottom screen as it was")
        #expect(Self.press("b", &model) == [.exit(status: 0)], "back from the bottom screen exits")
        #expect(Self.press("x", &model) == [.exit(status: 3)])
    }

    @Test func aNewBoxTakesTheKeysAndIsDrawnOverTheScreen() {
        var model = Self.app()
        _ = Self.press("o", &model)
        #expect(model.screenName == "greeting(Hello)+farewell")
        expectScreen(model.render(width: 20, height: 6, at: .seconds(1)), """
            Hello


              [bye]


            """)
        _ = Self.press("x", &model)
        #expect(model.screenName == "greeting(Hello)", "the box took the x")
    }

    @Test func homeFromAScreenThatIsNoHomeExits() {
        var model = AppModel(startingOn: GreetingFeature(word: "Elsewhere", isHome: false), routines: [], options: AppOptions(colors: false))
        #expect(Self.press("h", &model) == [.exit(status: 0)])
    }
}
