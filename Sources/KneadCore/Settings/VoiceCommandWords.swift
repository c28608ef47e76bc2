/// Splits the text of `--voice-command` into a program and its arguments, the way a POSIX shell
/// splits words: at blanks, with 'single' and "double" quotes and backslashes to keep blanks
/// inside a word. A backslash keeps the character after it as it is; inside double quotes it
/// does so only before `$`, `` ` ``, `"` and `\`, and stands for itself before any other. Before
/// a line feed it joins two lines. Nothing is expanded, and no shell runs.
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

    /// The characters a backslash escapes inside double quotes; before any other it stands for itself.
    private static let escapedInDoubleQuotes: Set<Character> = ["$", "`", "\"", "\\", "\n"]

    /// The words of `text`.
    public static func split(_ text: String) throws(Problem) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var afterBackslash = false
        for character in text {
            if afterBackslash {
                afterBackslash = false
                // A backslash and a line feed join two lines, inside double quotes or not.
                if character == "\n" { continue }
                if quote != nil && !escapedInDoubleQuotes.contains(character) { word.append("\\") }
                word.append(character)
                inWord = true
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    afterBackslash = true
                } else {
                    word.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                afterBackslash = true
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
        // A backslash at the very end has nothing to escape and stands for itself.
        if afterBackslash {
            word.append("\\")
            inWord = true
        }
        if inWord { words.append(word) }
        guard !words.isEmpty else { throw .empty }
        return words
    }
}
