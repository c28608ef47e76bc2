/// The English wording of everything knead says besides a routine's own texts.
public struct EnglishPhrasebook: SpeechPhrasebook {
    public init() {}

    public var words: Wording { .english }

    public func stepPosition(number: Int, of count: Int) -> String { "Step \(number) of \(count)." }

    public func caution(_ text: String) -> String { "Careful: " + SpokenSentence.sentence(text) }

    public var halfway: String { "Halfway." }

    public var paused: String { "Paused." }

    public var resumed: String { "Resumed." }

    public var easeOff: String { "Ease off." }

    public var sessionComplete: String { "Session complete." }
}
