import Testing
import KneadUI

/// Each scene the size and style tests draw is the screen it is named for.
@Suite struct SceneTextsTests {
    static let telling: [String: String] = [
        "picker": "choose a routine", "safety check": "begin", "pain question": "How much does it hurt now?",
        "running": "PAUSED", "paused": "PAUSED", "left side": "LEFT", "transition": "RIGHT", "last step": "Resting",
        "it hurts": "Ease off", "finished": "Session complete", "help": "During a session", "quit confirmation": "Quit this session?",
    ]

    @Test(arguments: Scene.all)
    func theSceneShowsWhatNamesIt(scene: Scene) throws {
        let text = scene.render(width: 80, height: 24).text
        let telling = try #require(Self.telling[scene.name], "no telling text for \(scene)")
        if scene.name == "running" {
            #expect(!text.contains(telling) && text.contains("step 1 of"), "\(text)")
        } else {
            #expect(text.contains(telling), "\(scene) lacks \(telling):\n\(text)")
        }
    }
}
