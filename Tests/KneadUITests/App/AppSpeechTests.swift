import KneadCore
import KneadUI
import Testing

/// What the app asks the shell to say, from the keys and ticks of a session of the neck routine.
@Suite struct AppSpeechTests {
    /// The app at the neck routine's safety check, with `voice` and, optionally, tick.
    static func app(voice: VoiceLevel, tick: Bool = false, language: String? = nil) -> AppModel {
        AppModel(routines: [TestRoutines.neck], start: .routine("neck"), options: AppOptions(language: language, colors: false, voice: voice, tick: tick))
    }

    /// Begins the session at 100 s: `n` on the safety check (none of the contraindications
    /// applies), then `s` to skip the question of pain.
    static func begin(_ model: inout AppModel) -> [AppCommand] {
        _ = model.handle(.key(.character("n"), at: .seconds(100)))
        return model.handle(.key(.character("s"), at: .seconds(100)))
    }

    /// Only the speech commands among `commands`, as `say: TEXT` or `stop`.
    static func speech(_ commands: [AppCommand]) -> [String] {
        commands.compactMap { command in
            switch command {
            case .speech(.speak(let announcement)): "say: \(announcement.text)"
            case .speech(.stop): "stop"
            default: nil
            }
        }
    }

    @Test func eachKeyAndTickGivesItsSentenceFirstAndQuittingStops() {
        var model = Self.app(voice: .on)
        let begun = Self.begin(&model)
        #expect(begun.first == .speech(.speak(Announcement(text: "Neck ease. Step 1 of 5. Stroking the neck. 30 seconds.", language: "en"))))
        #expect(Self.speech(model.handle(.tick(at: .seconds(115)))) == ["say: Halfway."])
        #expect(Self.speech(model.handle(.key(.character("n"), at: .seconds(116)))) == ["say: Step 2 of 5. Kneading the shoulder, left side. 20 seconds."])
        #expect(Self.speech(model.handle(.key(.character(" "), at: .seconds(117)))) == ["say: Paused."])
        #expect(Self.speech(model.handle(.key(.character(" "), at: .seconds(120)))) == ["say: Resumed."])
        #expect(Self.speech(model.handle(.key(.character("+"), at: .seconds(121)))).isEmpty)
        #expect(Self.speech(model.handle(.key(.character("b"), at: .seconds(121.5)))) == ["say: Neck ease. Step 1 of 5. Stroking the neck. 30 seconds."])
        #expect(Self.speech(model.handle(.key(.character("q"), at: .seconds(123)))).isEmpty)
        let quit = model.handle(.key(.character("y"), at: .seconds(124)))
        #expect(Self.speech(quit) == ["stop"])
        #expect(Self.speech(model.handle(.key(.character("s"), at: .seconds(125)))).isEmpty, "the question of pain after says nothing")
        #expect(model.handle(.key(.enter, at: .seconds(126))).last == .exit(status: 0))
    }

    @Test func theVoiceOffSaysNothingAndBeatsReachTheShellOnlyWithTick() {
        var silent = Self.app(voice: .off)
        #expect(Self.speech(Self.begin(&silent)).isEmpty)
        #expect(!silent.handle(.tick(at: .seconds(103))).contains { if case .cue(.beat) = $0 { true } else { false } })
        var ticking = Self.app(voice: .off, tick: true)
        _ = Self.begin(&ticking)
        #expect(ticking.handle(.tick(at: .seconds(103))) == [.cue(.beat(stroke: 2, of: 10, index: 0))])
    }

    @Test func aRussianScreenSpeaksTheRoutinesRussianTextsWithARussianVoice() {
        var model = Self.app(voice: .on, language: "ru_RU")
        let begun = Self.begin(&model)
        #expect(begun.first == .speech(.speak(Announcement(text: "Шея. Шаг 1 из 5. Поглаживание шеи. 30 секунд.", language: "ru"))))
    }
}
