/// Reading strings: escapes, surrogate pairs and UTF-8 validation.
extension JSONParser {
    /// Parses the string whose opening quote is at `offset`.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let openingQuote = offset
        offset += 1
        let contentStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ASCII.quote {
                let text = String(decoding: bytes[contentStart..<offset], as: UTF8.self)
                offset += 1
                return text
            }
            if byte == ASCII.backslash {
                var unescaped = Array(bytes[contentStart..<offset])
                return try parseEscapedString(openingQuote: openingQuote, into: &unescaped)
            }
            try skipStringCharacter(byte)
        }
        throw error("unterminated string; expected '\"' before the end of the file", at: openingQuote)
    }

    /// Continues a string that has escapes, collecting its bytes in `unescaped`.
    private mutating func parseEscapedString(
        openingQuote: Int, into unescaped: inout [UInt8]
    ) throws(JSONSyntaxError) -> String {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ASCII.quote {
                offset += 1
                return String(decoding: unescaped, as: UTF8.self)
            }
            if byte == ASCII.backslash {
                try parseEscape(openingQuote: openingQuote, into: &unescaped)
            } else {
                let start = offset
                try skipStringCharacter(byte)
                unescaped.append(contentsOf: bytes[start..<offset])
            }
        }
        throw error("unterminated string; expected '\"' before the end of the file", at: openingQuote)
    }

    /// Moves past one unescaped character of a string, which starts with `byte`.
    private mutating func skipStringCharacter(_ byte: UInt8) throws(JSONSyntaxError) {
        if byte >= 0x80 {
            offset += try utf8SequenceLength()
        } else if byte < 0x20 {
            throw error("unescaped control character \(Self.codePoint(UInt32(byte))) in a string; write it as an escape such as \\n or \\u0009")
        } else {
            offset += 1
        }
    }

    /// Parses the escape sequence whose backslash is at `offset`.
    private mutating func parseEscape(openingQuote: Int, into unescaped: inout [UInt8]) throws(JSONSyntaxError) {
        let backslash = offset
        guard offset + 1 < bytes.count else {
            throw error("unterminated string; expected '\"' before the end of the file", at: openingQuote)
        }
        let letter = bytes[offset + 1]
        let simple: UInt8? = switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash: letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            unescaped.append(simple)
            offset += 2
            return
        }
        guard letter == UInt8(ascii: "u") else {
            let found = letter >= 0x20 && letter < 0x7F ? "'\\\(Character(Unicode.Scalar(letter)))'" : "'\\' followed by byte \(Self.hexByte(letter))"
            throw error("invalid escape \(found) in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: backslash)
        }
        let scalar = try parseUnicodeEscape()
        Unicode.UTF8.encode(scalar) { unescaped.append($0) }
    }

    /// Parses `\uXXXX`, or a surrogate pair written as two of them, at `offset`.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = offset
        let first = try hexQuad(at: offset + 2, escapeStart: start)
        offset += 6
        switch first {
        case 0xD800...0xDBFF:
            if offset + 1 < bytes.count, bytes[offset] == ASCII.backslash, bytes[offset + 1] == UInt8(ascii: "u") {
                let second = try hexQuad(at: offset + 2, escapeStart: offset)
                if (0xDC00...0xDFFF).contains(second) {
                    offset += 6
                    return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
                }
            }
            throw error("lone surrogate \\u\(Self.hex(first)) in a string; a high surrogate must be followed by a low one (\\uDC00 to \\uDFFF)", at: start)
        case 0xDC00...0xDFFF:
            throw error("lone surrogate \\u\(Self.hex(first)) in a string; a low surrogate must follow a high one", at: start)
        default:
            return Unicode.Scalar(first)!
        }
    }

    /// The value of the four hex digits at `index`.
    private mutating func hexQuad(at index: Int, escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for digitIndex in index..<(index + 4) {
            guard digitIndex < bytes.count, let digit = ASCII.hexValue(bytes[digitIndex]) else {
                throw error("expected 4 hex digits after '\\u' in a string", at: escapeStart)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence at `offset`, which starts with a byte of 0x80 or more.
    ///
    /// Overlong forms, encoded surrogates and values above U+10FFFF are rejected.
    mutating func utf8SequenceLength() throws(JSONSyntaxError) -> Int {
        let lead = bytes[offset]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0x80...0xBF)
        }
        var valid = length > 0 && offset + length <= bytes.count && secondRange.contains(bytes[offset + 1])
        if valid {
            for index in (offset + 2)..<(offset + length) where bytes[index] & 0xC0 != 0x80 {
                valid = false
            }
        }
        guard valid else {
            throw error("invalid UTF-8: the byte \(Self.hexByte(lead)) does not start a valid character")
        }
        return length
    }

    /// `U+000A` style name of a code point.
    static func codePoint(_ value: UInt32) -> String { "U+\(hex(value))" }

    /// At least four uppercase hex digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `0xFF` style name of a byte.
    static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
