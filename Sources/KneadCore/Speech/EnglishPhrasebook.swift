/// The English wording of everything knead says besides a routine's own texts.
public struct EnglishPhrasebook: SpeechPhrasebook {
    public init() {}

    public func routineName(_ title: String) -> String { SpokenSentence.sentence(title) }

    public func stepPosition(number: Int, of count: Int) -> String { "Step \(number) of \(count)." }

    public func move(_ name: String, side: Side?) -> String {
        guard let side else { return SpokenSentence.sentence(name) }
        return SpokenSentence.sentence(SpokenSentence.withoutFinalStop(name) + ", \(side.rawValue) side")
    }

    public func length(seconds: Int64) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        let parts = [minutes > 0 ? Self.count(minutes, "minute") : nil, rest > 0 || minutes == 0 ? Self.count(rest, "second") : nil]
        return parts.compactMap { $0 }.joined(separator: " ") + "."
    }

    public func switchSide(to side: Side?) -> String {
        side.map { "Switch to the \($0.rawValue) side." } ?? "Get ready for the next move."
    }

    public func caution(_ text: String) -> String { "Careful: " + SpokenSentence.sentence(text) }

    public var halfway: String { "Halfway." }

    public func secondsLeft(_ seconds: Int) -> String { "\(seconds)" }

    public var paused: String { "Paused." }
    public var easeOff: String { "Ease off." }

    public var resumed: String { "Resumed." }

    public var sessionComplete: String { "Session complete." }

    /// `value` and its unit, in the singular for one: "1 minute", "30 seconds".
    private static func count(_ value: Int64, _ unit: String) -> String {
        value == 1 ? "1 \(unit)" : "\(value) \(unit)s"
    }
}
