/// The punctuation every phrasebook gives the routine's texts it speaks.
enum SpokenSentence {
    /// `text` ending in a full stop, unless it already ends in one, a question or an exclamation mark.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?…".contains(last) ? text : text + "."
    }

    /// `text` without a full stop at its end.
    static func withoutFinalStop(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
