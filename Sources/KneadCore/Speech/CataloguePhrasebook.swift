/// The sentences knead speaks around a routine's own texts in any language, all from that
/// language's catalogue: "Step 3 of 15. Kneading beside the spine, left side. 30 seconds.";
/// «Шаг 3 из 15. Разминание вдоль позвоночника, левая сторона. 30 секунд.»
public struct CataloguePhrasebook: SpeechPhrasebook {
    public let words: Wording

    public init(words: Wording) {
        self.words = words
    }

    public func stepPosition(number: Int, of count: Int) -> String { words(.speechStepPosition, number, count) }

    public func caution(_ text: String) -> String { words(.speechCaution, SpokenSentence.sentence(text)) }

    public var halfway: String { words[.speechHalfway] }

    public var paused: String { words[.speechPaused] }

    public var resumed: String { words[.speechResumed] }

    public var easeOff: String { words[.speechEaseOff] }

    public var sessionComplete: String { words[.speechSessionComplete] }
}
