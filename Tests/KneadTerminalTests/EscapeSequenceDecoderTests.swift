import KneadUI
import Testing
@testable import KneadTerminal

/// Cursor and keypad keys that arrive as loose characters, in either keypad mode, become keys again.
struct EscapeSequenceDecoderTests {
    /// The inputs ncurses hands over when it does not know a sequence: Esc, then each character.
    private func loose(_ sequence: String) -> [TerminalInput] {
        [.key(.escape)] + sequence.map { .key(.character($0)) }
    }

    @Test(arguments: [
        ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left), ("OH", .home), ("OF", .end),
        ("[1~", .home), ("[7~", .home), ("[4~", .end), ("[8~", .end), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[1;5A", .up), ("[1;2D", .left), ("[5;5~", .pageUp),
        ("OM", .enter), ("Ok", .character("+")), ("Om", .character("-")), ("Op", .character("0")),
        ("Oy", .character("9")), ("Ot", .character("4")), ("Oj", .character("*")),
    ])
    func bothFormsOfASequenceBecomeOneKey(_ sequence: String, _ key: Key) {
        #expect(EscapeSequenceDecoder.combine(loose(sequence)) == [.key(key)])
    }

    @Test func aBareEscapeStaysAnEscape() {
        #expect(EscapeSequenceDecoder.combine([.key(.escape)]) == [.key(.escape)])
        #expect(EscapeSequenceDecoder.combine([.key(.escape), .key(.escape)]) == [.key(.escape), .key(.escape)])
    }

    @Test func anEscapeBeforeOtherTextIsKeptWithTheText() {
        #expect(EscapeSequenceDecoder.combine(loose("q")) == loose("q"))
        #expect(EscapeSequenceDecoder.combine(loose("[")) == loose("["))
        #expect(EscapeSequenceDecoder.combine(loose("O")) == loose("O"))
        #expect(EscapeSequenceDecoder.combine(loose("[9~")) == loose("[9~"))
        #expect(EscapeSequenceDecoder.combine(loose("[12345678901A")) == loose("[12345678901A"))
        #expect(EscapeSequenceDecoder.combine(loose("Oz")) == loose("Oz"))
    }

    @Test func sequencesAmongOtherKeysAreFoundInPlace() {
        let inputs: [TerminalInput] = [.key(.character("n"))] + loose("[B") + [.resize] + loose("OD") + [.key(.up)]
        #expect(EscapeSequenceDecoder.combine(inputs) == [.key(.character("n")), .key(.down), .resize, .key(.left), .key(.up)])
    }

    @Test func aFunctionKeyAfterAnEscapeIsNotPartOfASequence() {
        #expect(EscapeSequenceDecoder.combine([.key(.escape), .key(.up)]) == [.key(.escape), .key(.up)])
    }
}
