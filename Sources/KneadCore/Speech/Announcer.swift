/// Turns what a session did into what should be said, at a chosen voice level.
///
/// It keeps only a little state of its own (which cautions were read), so the same effects
/// always give the same sentences. Every call gives at most one sentence to speak: a batch of
/// effects is joined into one announcement, because each new one cuts off the one before, and
/// a step already left by the time the batch comes out (ended by a late tick, skipped) is
/// never announced.
public struct Announcer: Sendable {
    /// A step announces its halfway point only when it lasts at least this long.
    public static let shortestStepWithHalfway: Duration = .seconds(20)

    /// How much is spoken.
    public let level: VoiceLevel
    /// The language the routine's texts are shown in (`ru_RU`…), nil for English.
    public let language: String?
    /// The language the announcements are spoken in: that of the routine's texts as shown.
    public let voiceLanguage: String
    /// The wording around the routine's texts.
    private let phrasebook: any SpeechPhrasebook
    /// The stages whose caution has been read.
    private var cautionsRead: Set<Int> = []

    /// An announcer for a routine, with its texts in `language`.
    ///
    /// The phrasebook of the screens' language speaks (English for a locale knead has no
    /// catalogue for). Any language but English is spoken with its own voice; English with the
    /// voice of the language the routine's title is shown in.
    public init(level: VoiceLevel, routine: Routine, language: String?) {
        self.level = level
        self.language = language
        let screenLanguage = DisplayLanguage(code: language)
        self.phrasebook = Self.phrasebook(for: screenLanguage)
        let code = screenLanguage == .english
            ? routine.title.resolvedLanguage(for: language) ?? screenLanguage.code
            : screenLanguage.code
        self.voiceLanguage = LanguageCode.base(of: code)
    }

    /// The phrasebook of knead's words in `language`.
    public static func phrasebook(for language: DisplayLanguage) -> any SpeechPhrasebook {
        CataloguePhrasebook(words: Wording(language: language))
    }

    /// What to say for the effects that one event had on `session` (the session as it is after it).
    public mutating func requests(for effects: [SessionEffect], in session: Session) -> [SpeechRequest] {
        guard level != .off, !effects.isEmpty else { return [] }
        for effect in effects {
            if case .finished(let report) = effect {
                return report.endedEarly ? [.stop] : [speak(phrasebook.sessionComplete)]
            }
        }
        // Only what happened since the newest step began: earlier steps are already gone.
        let lastStart = effects.lastIndex { if case .stepStarted = $0 { true } else { false } } ?? effects.startIndex
        var sentences: [String] = []
        for effect in effects[lastStart...] {
            sentences += self.sentences(for: effect, in: session)
        }
        return sentences.isEmpty ? [] : [speak(sentences.joined(separator: " "))]
    }

    /// What to say when the "it hurts" key is pressed: "Ease off.", in place of "Paused."
    public func easeOff() -> [SpeechRequest] {
        level == .off ? [] : [speak(phrasebook.easeOff)]
    }

    private mutating func sentences(for effect: SessionEffect, in session: Session) -> [String] {
        switch effect {
        case .stepStarted(let index):
            return index == session.currentIndex ? stepSentences(session) : []
        case .halfway(let index):
            guard index == session.currentIndex, session.stepDuration >= Self.shortestStepWithHalfway else { return [] }
            return [phrasebook.halfway]
        case .countdown(let seconds, let index):
            return level == .all && index == session.currentIndex ? [phrasebook.secondsLeft(seconds)] : []
        case .paused:
            return [phrasebook.paused]
        case .resumed:
            return [phrasebook.resumed]
        case .beat, .finished:
            return []
        }
    }

    /// The announcement of the session's current step.
    private mutating func stepSentences(_ session: Session) -> [String] {
        let step = session.currentStep
        guard !step.isTransition else { return [phrasebook.switchSide(to: step.side)] }
        var sentences: [String] = []
        if session.currentIndex == 0 {
            sentences.append(phrasebook.routineName(text(session.timeline.routine.title)))
        }
        sentences.append(phrasebook.stepPosition(number: session.currentIndex + 1, of: session.timeline.steps.count))
        sentences.append(phrasebook.move(text(step.stage.name), side: step.side))
        sentences.append(phrasebook.length(seconds: session.stepDuration.secondsRoundedUp))
        if level == .all, let caution = step.stage.caution, cautionsRead.insert(step.stageIndex).inserted {
            sentences.append(phrasebook.caution(text(caution)))
        }
        return sentences
    }

    /// A routine's text in the shown language, with control characters turned into spaces.
    private func text(_ localized: LocalizedText) -> String {
        let scalars = localized.resolved(for: language).unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? " " : Character(scalar)
        }
        return String(scalars)
    }

    private func speak(_ text: String) -> SpeechRequest {
        .speak(Announcement(text: text, language: voiceLanguage))
    }
}
