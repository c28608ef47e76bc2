/// The sentences every phrasebook builds the same way: from the routine's texts, numbers and
/// the phrases of its `words`, so a new language needs only its catalogue for them.
extension SpeechPhrasebook {
    /// The routine's title as a sentence: "Collar zone."
    public func routineName(_ title: String) -> String { SpokenSentence.sentence(title) }

    /// The move, and the side from the catalogue: "Kneading beside the spine, left side."
    public func move(_ name: String, side: Side?) -> String {
        guard let side else { return SpokenSentence.sentence(name) }
        return SpokenSentence.sentence(SpokenSentence.withoutFinalStop(name) + ", " + words.side(side))
    }

    /// Minutes and seconds counted in the language's plural forms: "1 minute 30 seconds.";
    /// «2 минуты 5 секунд.»
    public func length(seconds: Int64) -> String {
        let minutes = Int(seconds / 60), rest = Int(seconds % 60)
        let parts = [minutes > 0 ? words.count(.minutes, minutes) : nil, rest > 0 || minutes == 0 ? words.count(.seconds, rest) : nil]
        return parts.compactMap { $0 }.joined(separator: " ") + "."
    }

    /// The screen's words for a get-ready step, as a sentence: "Switch to the right side.",
    /// "Get ready for the next move."
    public func switchSide(to side: Side?) -> String {
        let phrase: Phrase = switch side {
        case .left: .stepSwitchToLeft
        case .right: .stepSwitchToRight
        case nil: .sessionGetReadyNextMove
        }
        return words[phrase] + "."
    }

    /// The number alone: "3".
    public func secondsLeft(_ seconds: Int) -> String { "\(seconds)" }
}
