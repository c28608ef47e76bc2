import Testing
@testable import KneadCore

/// The JSON parser on its own: values, escapes, numbers as written, and positions.
struct JSONParserTests {
    private func parse(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
        do throws(JSONSyntaxError) {
            return try JSONParser.parse(Array(json.utf8))
        } catch {
            Issue.record("\(error.position.line):\(error.position.column): \(error.message)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func stringEscapesAndSurrogatePairsAreDecoded() throws {
        let value = try #require(parse(#""a\n\t\"\\\/\b\f\r\u00e9\uD83D\uDE00 ок""#))
        guard case .string(let text) = value.content else {
            Issue.record("expected a string")
            return
        }
        #expect(text == "a\n\t\"\\/\u{8}\u{C}\ré😀 ок")
    }

    @Test func numbersKeepTheirLiteralAndKind() throws {
        let value = try #require(parse("[-12.5e3, 42, 0, -0, 1E+2, 123456789012345678901234567890]"))
        guard case .array(let elements) = value.content else {
            Issue.record("expected an array")
            return
        }
        let numbers = elements.compactMap { element -> JSONNumber? in
            if case .number(let number) = element.content { return number }
            return nil
        }
        #expect(numbers.map(\.literal) == ["-12.5e3", "42", "0", "-0", "1E+2", "123456789012345678901234567890"])
        #expect(numbers.map(\.isInteger) == [false, true, true, true, false, true])
        #expect(numbers[0].doubleValue == -12_500)
        #expect(numbers[1].integerValue == 42)
        #expect(numbers[5].integerValue == nil)
    }

    @Test func membersKeepTheirOrderDuplicatesAndPositions() throws {
        let json = """
        {
          "b": [1, {"c": true}],
          "a": null, "b": "é"
        }
        """
        let value = try #require(parse(json))
        #expect(value.position == SourcePosition(line: 1, column: 1))
        guard case .object(let members) = value.content else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "b"])
        #expect(members.map(\.keyPosition) == [
            SourcePosition(line: 2, column: 3), SourcePosition(line: 3, column: 3), SourcePosition(line: 3, column: 14),
        ])
        #expect(members.map(\.value.position) == [
            SourcePosition(line: 2, column: 8), SourcePosition(line: 3, column: 8), SourcePosition(line: 3, column: 19),
        ])
        guard case .array(let elements) = members[0].value.content else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.map(\.position) == [SourcePosition(line: 2, column: 9), SourcePosition(line: 2, column: 12)])
    }

    @Test func valuesKnowTheirBytesAfterAByteOrderMarkAndWideCharacters() throws {
        let json = "\u{FEFF}{\"é\": \"a\\\"b\", \"n\": [1, -2.5e1]}"
        let bytes = Array(json.utf8)
        let value = try #require(parse(json))
        #expect(value.position == SourcePosition(line: 1, column: 1))
        #expect(value.byteRange == 3..<bytes.count)
        guard case .object(let members) = value.content, case .array(let elements) = members[1].value.content else {
            Issue.record("expected an object with an array")
            return
        }
        func written(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        #expect(members.map { written($0.value.byteRange) } == [#""a\"b""#, "[1, -2.5e1]"])
        #expect(elements.map { written($0.byteRange) } == ["1", "-2.5e1"])
    }

    @Test func literalsAndEmptyContainersParse() throws {
        for json in ["true", "false", "null", "[]", "{}", " [ ] ", "\"\"", "0"] {
            #expect(parse(json) != nil, "\(json)")
        }
    }

    @Test func briefDescriptionsAreShort() throws {
        let expectations: [(String, String)] = [
            ("null", "null"), ("true", "true"), ("-1.50", "-1.50"), (#""a\"b\n""#, #""a\"b\n""#),
            ("{}", "an empty object"), (#"{"a": 1}"#, "an object"), ("[]", "an empty array"),
            (#"["left", 1, null]"#, #"["left",1,null]"#), ("[1, 2, 3, 4]", "an array"), ("[[1]]", "an array"),
            (#"["a very long string indeed"]"#, "an array"),
            ("\"" + String(repeating: "x", count: 50) + "\"", "\"" + String(repeating: "x", count: 40) + "…\""),
        ]
        for (json, expected) in expectations {
            let value = try #require(parse(json))
            #expect(ValueDescription.brief(value) == expected)
        }
    }

    @Test func editDistanceCountsSwapsAsOneEdit() {
        func distance(_ first: String, _ second: String) -> Int {
            NameSuggestion.editDistance(Array(first.unicodeScalars), Array(second.unicodeScalars))
        }
        #expect(distance("duraton", "duration") == 1)
        #expect(distance("tapipng", "tapping") == 1)
        #expect(distance("", "rest") == 4)
        #expect(distance("kitten", "sitting") == 3)
        #expect(NameSuggestion.nearest(to: "stopif", among: ["contraindications", "stopIf", "notes"]) == "stopIf")
        #expect(NameSuggestion.nearest(to: "xyz", among: ["rest", "honey"]) == nil)
    }
}
