import Testing
import KneadCore

/// The voice command split into words as a POSIX shell splits them (the expectations are what
/// `sh -c 'printf "[%s]" …'` prints).
struct VoiceCommandWordsTests {
    private func words(_ text: String) -> [String]? { try? VoiceCommandWords.split(text) }

    @Test func blanksSeparateWordsAndQuotesKeepThemInside() {
        #expect(words("espeak-ng -s 140") == ["espeak-ng", "-s", "140"])
        #expect(words("  say\t-v  'Milena (Enhanced)' ") == ["say", "-v", "Milena (Enhanced)"])
        #expect(words(#"a"b c"'d e'f"#) == ["ab cd ef"])
        #expect(words(#"speak "" ''"#) == ["speak", "", ""])
    }

    @Test func aBackslashOutsideQuotesKeepsAnyCharacter() {
        #expect(words(#"a\b"#) == ["ab"])
        #expect(words(#"my\ voice \"x\" \\"#) == ["my voice", "\"x\"", "\\"])
    }

    @Test func insideDoubleQuotesABackslashEscapesOnlyDollarBacktickQuoteAndBackslash() {
        #expect(words(#""a\b""#) == [#"a\b"#])
        #expect(words(#""a\$b" "a\`b" "a\"b" "a\\b""#) == ["a$b", "a`b", "a\"b", #"a\b"#])
        #expect(words(#""C:\voices\milena""#) == [#"C:\voices\milena"#])
    }

    @Test func insideSingleQuotesABackslashIsPlain() {
        #expect(words(#"'a\b' 'c\\d'"#) == [#"a\b"#, #"c\\d"#])
    }

    @Test func aBackslashBeforeALineFeedJoinsTheLines() {
        #expect(words("a\\\nb") == ["ab"])
        #expect(words("\"a\\\nb\"") == ["ab"])
        #expect(words("say \\\n -v x") == ["say", "-v", "x"])
    }

    @Test func aBackslashAtTheEndStandsForItself() {
        #expect(words(#"say a\"#) == ["say", #"a\"#])
    }

    @Test func anUnclosedQuoteOrNoWordIsAProblem() {
        #expect(throws: VoiceCommandWords.Problem.unclosedQuote("\"")) { try VoiceCommandWords.split(#"say "hello"#) }
        #expect(throws: VoiceCommandWords.Problem.unclosedQuote("'")) { try VoiceCommandWords.split("say 'a") }
        #expect(words(#"say 'a\'b"#) == ["say", #"a\b"#], "a backslash does not escape the closing single quote")
        #expect(throws: VoiceCommandWords.Problem.unclosedQuote("\"")) { try VoiceCommandWords.split(#"say "a\""#) }
        #expect(throws: VoiceCommandWords.Problem.empty) { try VoiceCommandWords.split(" \t ") }
    }
}
