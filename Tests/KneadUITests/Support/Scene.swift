import KneadCore
import KneadUI

/// An app brought to one screen by literal keys and ticks, with the instant to draw it at.
struct Scene: CustomStringConvertible, Sendable {
    /// The session of every scene starts here.
    static let sessionStart = Instant.seconds(100)

    let name: String
    /// The keys and ticks that lead from the picker to the scene.
    let inputs: [AppInput]
    /// The instant the scene is drawn at.
    let now: Instant

    var description: String { name }

    /// The app of the scene, with colours.
    var model: AppModel { Self.app(inputs) }

    /// The app drawn at `now` on a screen of this size.
    func render(width: Int, height: Int, colors: Bool = true) -> Screen {
        Self.app(inputs, colors: colors).render(width: width, height: height, at: now)
    }

    /// The scene in Russian, with the Russian test routines, drawn at `now`.
    func renderInRussian(width: Int, height: Int) -> Screen {
        Self.app(inputs, routines: RussianTestRoutines.all, language: "ru_RU").render(width: width, height: height, at: now)
    }

    /// An app that began at the picker, after `inputs`.
    static func app(_ inputs: [AppInput], routines: [Routine] = TestRoutines.all, start: AppStart = .picker, colors: Bool = true, language: String? = nil) -> AppModel {
        var model = AppModel(routines: routines, start: start, options: AppOptions(language: language, colors: colors))
        for input in inputs { _ = model.handle(input) }
        return model
    }

    /// The inputs that open the neck routine from the picker, skip the pain question and begin
    /// it at `sessionStart`.
    static let begin: [AppInput] = [.key(.enter, at: .seconds(90)), .key(.character("n"), at: .seconds(95)), .key(.character("s"), at: sessionStart)]

    static let picker = Scene(name: "picker", inputs: [], now: .seconds(90))
    static let safetyCheck = Scene(name: "safety check", inputs: [.key(.enter, at: .seconds(90))], now: .seconds(90))
    /// Stroking, 12.4 s into its 30 s.
    static let running = Scene(name: "running", inputs: begin, now: .seconds(112.4))
    /// Stroking, paused 10 s in and looked at 10 s later.
    static let paused = Scene(name: "paused", inputs: begin + [.key(.character("p"), at: .seconds(110))], now: .seconds(120))
    /// Kneading on the left, 5 s into its 20 s.
    static let leftSide = Scene(name: "left side", inputs: begin + [.tick(at: .seconds(130))], now: .seconds(135))
    /// The get-ready step before the right side, 1 s in.
    static let transition = Scene(name: "transition", inputs: begin + [.tick(at: .seconds(150))], now: .seconds(151))
    /// Resting, the last step, 3 s in.
    static let lastStep = Scene(name: "last step", inputs: begin + [.tick(at: .seconds(175))], now: .seconds(178))
    /// Stroking skipped at 105 s, the rest run to the end at 165 s.
    static let finished = Scene(
        name: "finished", inputs: begin + [.key(.character("n"), at: .seconds(105)), .tick(at: .seconds(165)), .key(.character("s"), at: .seconds(166))],
        now: .seconds(170)
    )
    static let help = Scene(name: "help", inputs: begin + [.key(.character("?"), at: .seconds(110))], now: .seconds(112.4))
    static let quitConfirmation = Scene(name: "quit confirmation", inputs: begin + [.key(.character("q"), at: .seconds(110))], now: .seconds(112.4))

    /// The pain question before the session, once the safety check is answered.
    static let painQuestion = Scene(name: "pain question", inputs: Array(begin.prefix(2)), now: .seconds(96))
    /// The "it hurts" box, pressed 10 s into the first step.
    static let itHurts = Scene(name: "it hurts", inputs: begin + [.key(.character("h"), at: .seconds(110))], now: .seconds(112.4))

    /// One scene of every screen.
    static let all = [picker, safetyCheck, painQuestion, running, paused, leftSide, transition, lastStep, itHurts, finished, help, quitConfirmation]
}
