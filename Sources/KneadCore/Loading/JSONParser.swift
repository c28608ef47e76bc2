/// A strict RFC 8259 JSON parser that records where every value is written.
///
/// It reads a whole document from UTF-8 bytes, stops at the first error, and never nests deeper
/// than `maximumDepth`, so its recursion is bounded.
struct JSONParser {
    /// The deepest nesting of arrays and objects a document may have.
    static let maximumDepth = 64

    /// The document being read; valid only during `parse`.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The index of the next byte to read.
    var offset = 0
    /// The line of `offset`, starting at 1.
    var line = 1
    /// The index of the first byte of the current line.
    var lineStart = 0
    /// A byte offset on the current line whose column is known, so columns are counted once.
    var knownColumn: (offset: Int, column: Int) = (0, 1)
    /// How many arrays and objects enclose the next value.
    var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses `bytes` as one complete JSON document.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(JSONSyntaxError) in try parser.parseDocument() }
        }
        return try result.get()
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipByteOrderMark()
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard offset == bytes.count else {
            throw try error("expected the end of the file after the JSON value, found \(describeNextToken())")
        }
        return value
    }

    /// Parses the value at `offset`, which must not be whitespace.
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard offset < bytes.count else {
            throw error("expected a JSON value, found the end of the file")
        }
        let start = offset
        let position = currentPosition()
        let content = try parseContent()
        return JSONValue(content: content, position: position, byteRange: start..<offset)
    }

    /// Parses what the value at `offset`, which is not the end of the file, holds.
    private mutating func parseContent() throws(JSONSyntaxError) -> JSONContent {
        switch bytes[offset] {
        case ASCII.openBrace:
            return try parseObject()
        case ASCII.openBracket:
            return try parseArray()
        case ASCII.quote:
            return .string(try parseString())
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return .number(try parseNumber())
        default:
            for (word, content) in Self.literals where matches(word) {
                offset += word.count
                return content
            }
            throw try error("expected a JSON value, found \(describeNextToken())")
        }
    }

    /// The three keywords of JSON and the values they stand for.
    private static let literals: [([UInt8], JSONContent)] = [
        (Array("true".utf8), .bool(true)), (Array("false".utf8), .bool(false)), (Array("null".utf8), .null),
    ]

    private func matches(_ word: [UInt8]) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for index in word.indices where bytes[offset + index] != word[index] { return false }
        return true
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONContent {
        try enterNesting()
        offset += 1
        skipWhitespace()
        var members: [JSONMember] = []
        if offset < bytes.count, bytes[offset] == ASCII.closeBrace {
            offset += 1
            depth -= 1
            return .object(members)
        }
        while true {
            guard offset < bytes.count, bytes[offset] == ASCII.quote else {
                let expectation = members.isEmpty
                    ? "expected a string key in double quotes or '}'"
                    : "expected a string key in double quotes after ','"
                throw try error("\(expectation), found \(describeNextToken())")
            }
            let keyPosition = currentPosition()
            let key = try parseString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == ASCII.colon else {
                throw try error("expected ':' after the key \(ValueDescription.quoted(key)), found \(describeNextToken())")
            }
            offset += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard offset < bytes.count else {
                throw error("expected ',' or '}' after an object member, found the end of the file")
            }
            switch bytes[offset] {
            case ASCII.comma:
                offset += 1
                skipWhitespace()
            case ASCII.closeBrace:
                offset += 1
                depth -= 1
                return .object(members)
            default:
                throw try error("expected ',' or '}' after an object member, found \(describeNextToken())")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONContent {
        try enterNesting()
        offset += 1
        skipWhitespace()
        var elements: [JSONValue] = []
        if offset < bytes.count, bytes[offset] == ASCII.closeBracket {
            offset += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else {
                throw error("expected ',' or ']' after an array element, found the end of the file")
            }
            switch bytes[offset] {
            case ASCII.comma:
                offset += 1
                skipWhitespace()
            case ASCII.closeBracket:
                offset += 1
                depth -= 1
                return .array(elements)
            default:
                throw try error("expected ',' or ']' after an array element, found \(describeNextToken())")
            }
        }
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
        depth += 1
    }

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3
            lineStart = 3
            knownColumn = (3, 1)
        }
    }

    /// Skips spaces, tabs and line breaks, counting lines; a lone carriage return ends a line too.
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case ASCII.space, ASCII.tab:
                offset += 1
            case ASCII.lineFeed:
                offset += 1
                startLine()
            case ASCII.carriageReturn:
                offset += 1
                if offset == bytes.count || bytes[offset] != ASCII.lineFeed { startLine() }
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        lineStart = offset
        knownColumn = (offset, 1)
    }

    /// The position of the byte at `offset`.
    mutating func currentPosition() -> SourcePosition {
        position(of: offset)
    }

    /// The position of the byte at `target`, which must be on the current line.
    ///
    /// Columns count Unicode scalars, that is every byte except UTF-8 continuation bytes.
    mutating func position(of target: Int) -> SourcePosition {
        if knownColumn.offset > target || knownColumn.offset < lineStart {
            knownColumn = (lineStart, 1)
        }
        var column = knownColumn.column
        var index = knownColumn.offset
        while index < target {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        knownColumn = (target, column)
        return SourcePosition(line: line, column: column)
    }

    /// An error at `offset`.
    mutating func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: currentPosition())
    }

    /// An error at the byte `target` of the current line.
    mutating func error(_ message: String, at target: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: position(of: target))
    }
}
