/// Splits the text of `--voice-command` into a program and its arguments, the way a shell
/// splits words: at blanks, with 'single' and "double" quotes and backslashes to keep blanks
/// inside a word. Nothing is expanded, and no shell runs.
public enum VoiceCommandWords {
    /// Why a command could not be split.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case unclosedQuote(Character)

        public var description: String {
            switch self {
            case .empty: "--voice-command needs a program, such as --voice-command 'espeak-ng -s 140'"
            case .unclosedQuote: "--voice-command has \(shortDescription)"
            }
        }

        /// What is wrong, in a few words: "no program", "an unclosed ' quote".
        public var shortDescription: String {
            switch self {
            case .empty: "no program"
            case .unclosedQuote(let quote): "an unclosed \(quote) quote"
            }
        }
    }

    /// The words of `text`.
    public static func split(_ text: String) throws(Problem) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                word.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if let quote { throw .unclosedQuote(quote) }
        if inWord { words.append(word) }
        guard !words.isEmpty else { throw .empty }
        return words
    }
}
