/// Describing what the parser found where it expected something else.
extension JSONParser {
    /// The longest word quoted when describing what was found.
    private static let longestQuotedWord = 16

    /// A short description of the text at `offset`: `'}'`, `'True'`, `the end of the file`…
    ///
    /// Throws the UTF-8 error instead when the text there is not valid UTF-8.
    mutating func describeNextToken() throws(JSONSyntaxError) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if ASCII.isAlphanumeric(byte) {
            var end = offset
            while end < bytes.count, end - offset < Self.longestQuotedWord, ASCII.isAlphanumeric(bytes[end]) { end += 1 }
            return "'" + String(decoding: bytes[offset..<end], as: UTF8.self) + "'"
        }
        if byte < 0x20 || byte == 0x7F {
            return "the control character \(Self.codePoint(UInt32(byte)))"
        }
        if byte < 0x80 {
            return "'" + String(Character(Unicode.Scalar(byte))) + "'"
        }
        let length = try utf8SequenceLength()
        let character = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        guard let scalar = character.unicodeScalars.first else { return "a character" }
        return "'\(character)' (\(Self.codePoint(scalar.value)))"
    }
}
