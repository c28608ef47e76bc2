import Testing
@testable import KneadCore

/// What is said, and when, for a routine with sides, driven by literal instants.
@Suite("Spoken cues")
struct AnnouncerTests {
    /// The engine fixture with a caution on the kneading stage: Warm-up 10 s; Knead 20 s left,
    /// 5 s get-ready, 20 s right; Finish 6 s.
    static let routine: Routine = {
        var routine = EngineFixtures.routine
        routine.stages[1].caution = LocalizedText("Never on the spine")
        return routine
    }()

    /// A session and its announcer, with a log of what was said at which instant.
    struct Speech {
        var session = Session(timeline: Timeline(routine: AnnouncerTests.routine))
        var announcer: Announcer
        var said: [String] = []

        init(level: VoiceLevel, routine: Routine = AnnouncerTests.routine, language: String? = nil) {
            session = Session(timeline: Timeline(routine: routine))
            announcer = Announcer(level: level, routine: routine, language: language)
        }

        /// Applies `event` and notes each request as `instant: text`, or `instant: (stop)`.
        mutating func send(_ event: SessionEvent) {
            let requests = announcer.requests(for: session.reduce(event), in: session)
            for request in requests {
                switch request {
                case .speak(let announcement): said.append("\(event.instant.sinceOrigin.inSeconds): \(announcement.text)")
                case .stop: said.append("\(event.instant.sinceOrigin.inSeconds): (stop)")
                }
            }
        }

        /// Ticks every half second from `from` to `to`, both included.
        mutating func tick(from: Double, to: Double) {
            var now = from
            while now <= to {
                send(.ticked(at: .seconds(now)))
                now += 0.5
            }
        }
    }

    @Test func aWholeSessionAtTheUsualLevel() {
        var speech = Speech(level: .on)
        speech.send(.started(at: .seconds(0)))
        speech.tick(from: 0.5, to: 70)
        #expect(speech.said == [
            "0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.",
            "10.0: Step 2 of 5. Knead, left side. 20 seconds.",
            "20.0: Halfway.",
            "30.0: Switch to the right side.",
            "35.0: Step 4 of 5. Knead, right side. 20 seconds.",
            "45.0: Halfway.",
            "55.0: Step 5 of 5. Finish. 6 seconds.",
            "61.0: Session complete.",
        ])
    }

    @Test func theFullestLevelCountsTheLastSecondsAndReadsACautionOnce() {
        var speech = Speech(level: .all)
        speech.send(.started(at: .seconds(0)))
        speech.tick(from: 0.5, to: 36)
        #expect(speech.said == [
            "0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.",
            "7.0: 3", "8.0: 2", "9.0: 1",
            "10.0: Step 2 of 5. Knead, left side. 20 seconds. Careful: Never on the spine.",
            "20.0: Halfway.",
            "27.0: 3", "28.0: 2", "29.0: 1",
            "30.0: Switch to the right side.",
            "32.0: 3", "33.0: 2", "34.0: 1",
            "35.0: Step 4 of 5. Knead, right side. 20 seconds.",
        ])
    }

    @Test func offSaysNothingAtAll() {
        var speech = Speech(level: .off)
        speech.send(.started(at: .seconds(0)))
        speech.send(.pauseKeyPressed(at: .seconds(3)))
        speech.tick(from: 0.5, to: 70)
        #expect(speech.said.isEmpty)
    }

    @Test func skipsBackPauseAndTimeChanges() {
        var speech = Speech(level: .on)
        speech.send(.started(at: .seconds(0)))
        speech.send(.nextKeyPressed(at: .seconds(2)))
        speech.send(.nextKeyPressed(at: .seconds(2.5)))
        speech.send(.backKeyPressed(at: .seconds(4)))
        speech.send(.pauseKeyPressed(at: .seconds(5)))
        speech.send(.pauseKeyPressed(at: .seconds(9)))
        speech.send(.timeAdjusted(by: .seconds(15), at: .seconds(10)))
        speech.tick(from: 10.5, to: 26)
        speech.send(.timeAdjusted(by: .seconds(-15), at: .seconds(26.5)))
        speech.tick(from: 27, to: 28.5)
        speech.send(.backKeyPressed(at: .seconds(29)))
        speech.send(.backKeyPressed(at: .seconds(33)))
        #expect(speech.said == [
            "0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.",
            "2.0: Step 2 of 5. Knead, left side. 20 seconds.",
            "2.5: Switch to the right side.",
            // Back within 3 s of a step's start goes to the step before.
            "4.0: Step 2 of 5. Knead, left side. 20 seconds.",
            "5.0: Paused.",
            "9.0: Resumed.",
            // 15 s more make the step 35 s: half of it has run at 4 + 4 (paused) + 17.5 s.
            "25.5: Halfway.",
            // 15 s less leave 1.5 s of it.
            "28.0: Switch to the right side.",
            "29.0: Step 2 of 5. Knead, left side. 20 seconds.",
            // Back later in a step starts it again.
            "33.0: Step 2 of 5. Knead, left side. 20 seconds.",
        ])
    }

    @Test func noHalfwayInAStepShorterThanTwentySeconds() {
        var routine = Self.routine
        routine.stages[1].duration = .seconds(19)
        var speech = Speech(level: .on, routine: routine)
        speech.send(.started(at: .seconds(0)))
        speech.tick(from: 0.5, to: 29)
        #expect(speech.said == ["0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.", "10.0: Step 2 of 5. Knead, left side. 19 seconds.", "29.0: Switch to the right side."])
    }

    @Test func aLateTickNeverAnnouncesTheStepsItJumpedOver() {
        var speech = Speech(level: .all)
        speech.send(.started(at: .seconds(0)))
        speech.send(.ticked(at: .seconds(33.2)))
        #expect(speech.said == [
            "0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.",
            // Steps 2 and 3 ended meanwhile; only the get-ready step, and its second left, are said.
            "33.2: Switch to the right side. 2",
        ])
    }

    @Test func quittingStopsTheSpeechAndSaysNothingMore() {
        var speech = Speech(level: .on)
        speech.send(.started(at: .seconds(0)))
        speech.send(.quitConfirmed(at: .seconds(4)))
        #expect(speech.said == ["0.0: Fixture. Step 1 of 5. Warm-up. 10 seconds.", "4.0: (stop)"])
    }

    @Test func theRoutinesLanguageChoosesTheTextsAndTheVoice() {
        var routine = Self.routine
        routine.title = LocalizedText(translations: ["en": "Fixture", "ru": "Проба"])
        routine.stages[0].name = LocalizedText(translations: ["en": "Warm-up", "ru": "Разогрев"])
        var russian = Announcer(level: .on, routine: routine, language: "ru_RU")
        var session = Session(timeline: Timeline(routine: routine))
        let requests = russian.requests(for: session.reduce(.started(at: .seconds(0))), in: session)
        #expect(requests == [.speak(Announcement(text: "Проба. Шаг 1 из 5. Разогрев. 10 секунд.", language: "ru"))])
        #expect(Announcer(level: .on, routine: routine, language: "de_DE").voiceLanguage == "en")
    }

    @Test func controlCharactersOfAScriptAreNeverSpoken() {
        var routine = Self.routine
        routine.title = LocalizedText("Evil\u{1b}[2J\u{7}")
        var speech = Speech(level: .on, routine: routine)
        speech.send(.started(at: .seconds(0)))
        #expect(speech.said == ["0.0: Evil [2J . Step 1 of 5. Warm-up. 10 seconds."])
    }

    @Test(arguments: [(0, "0 seconds."), (1, "1 second."), (45, "45 seconds."), (60, "1 minute."), (61, "1 minute 1 second."), (150, "2 minutes 30 seconds.")])
    func lengthsAreSaidInMinutesAndSeconds(seconds: Int64, spoken: String) {
        #expect(CataloguePhrasebook(words: .english).length(seconds: seconds) == spoken)
    }

    @Test(arguments: [
        (0, "0 секунд."), (1, "1 секунда."), (3, "3 секунды."), (21, "21 секунда."), (45, "45 секунд."), (60, "1 минута."),
        (61, "1 минута 1 секунда."), (150, "2 минуты 30 секунд."), (330, "5 минут 30 секунд."), (1260, "21 минута."),
    ])
    func russianLengthsTakeTheirPluralForms(seconds: Int64, spoken: String) {
        #expect(CataloguePhrasebook(words: Wording(language: .russian)).length(seconds: seconds) == spoken)
    }

    @Test func changesOfSideAndMovesWithASideAreSaidInBothLanguages() {
        let english = CataloguePhrasebook(words: .english), russian = CataloguePhrasebook(words: Wording(language: .russian))
        #expect([Side.left, .right, nil].map(english.switchSide) == [
            "Switch to the left side.", "Switch to the right side.", "Get ready for the next move.",
        ])
        #expect([Side.left, .right, nil].map(russian.switchSide) == [
            "Переходим на левую сторону.", "Переходим на правую сторону.", "Приготовьтесь к следующему движению.",
        ])
        #expect(english.move("Knead.", side: .right) == "Knead, right side.")
        #expect(russian.move("Разминание", side: .left) == "Разминание, левая сторона.")
        #expect(english.move("Stroke", side: nil) == "Stroke.")
    }

    @Test func aRussianSessionIsSpokenInRussian() {
        var routine = Self.routine
        routine.title = LocalizedText(translations: ["en": "Fixture", "ru": "Проба"])
        routine.stages[1].name = LocalizedText(translations: ["en": "Knead", "ru": "Разминание вдоль позвоночника"])
        var speech = Speech(level: .on, routine: routine, language: "ru_RU")
        speech.send(.started(at: .seconds(0)))
        speech.tick(from: 0.5, to: 11.5)
        speech.send(.pauseKeyPressed(at: .seconds(12)))
        speech.send(.pauseKeyPressed(at: .seconds(14)))
        speech.tick(from: 14.5, to: 33)
        #expect(speech.said == [
            "0.0: Проба. Шаг 1 из 5. Warm-up. 10 секунд.",
            "10.0: Шаг 2 из 5. Разминание вдоль позвоночника, левая сторона. 20 секунд.",
            "12.0: Пауза.", "14.0: Продолжаем.",
            "22.0: Половина.",
            "32.0: Переходим на правую сторону.",
        ])
    }
}
