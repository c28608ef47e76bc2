import Testing
import KneadCore

/// Text written as a JSON string literal, for messages and exports alike.
struct JSONStringTests {
    @Test func quotesBackslashesAndControlCharactersAreEscaped() {
        #expect(JSONString.escaped("a\"b\\c\nd\re\tf") == #""a\"b\\c\nd\re\tf""#)
        #expect(JSONString.escaped("\u{1B}[2J\u{7F}\u{0}") == #""\u001B[2J\u007F\u0000""#)
        #expect(JSONString.escaped("Шея 😀") == "\"Шея 😀\"")
    }

    @Test func aLimitCutsTheTextAfterThatManyCharacters() {
        #expect(JSONString.escaped("abcdef", limit: 3) == "\"abc…\"")
        #expect(JSONString.escaped("abc", limit: 3) == "\"abc\"")
        #expect(JSONString.escaped("", limit: 0) == "\"\"")
    }
}
