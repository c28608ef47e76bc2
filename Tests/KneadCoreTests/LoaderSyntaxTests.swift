import Testing
@testable import KneadCore

/// Scripts that are not valid JSON: only the first syntax error, with its line and column.
struct LoaderSyntaxTests {
    @Test func missingCommaBetweenMembers() {
        let script = """
        {
          "format": 1,
          "title": "Neck" "stages": []
        }
        """
        expectProblems(script, file: "collar.json", [
            #"collar.json:3:19: error: expected ',' or '}' after an object member, found '"'"#,
        ])
    }

    @Test func syntaxErrorHasNoPathAndIsAlone() throws {
        let script = "{\n  \"format\": 2,\n  \"title\": ,\n  \"zone\": 5\n}"
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(bytes: Array(script.utf8), fileName: "t.json")
            Issue.record("a syntax error was expected")
        } catch {
            #expect(error.fileName == "t.json")
            #expect(error.problems == [
                RoutineProblem(line: 3, column: 12, path: nil, message: "expected a JSON value, found ','"),
            ])
        }
    }

    @Test(arguments: [
        ("", "1:1: error: expected a JSON value, found the end of the file"),
        ("   \n  ", "2:3: error: expected a JSON value, found the end of the file"),
        ("{", "1:2: error: expected a string key in double quotes or '}', found the end of the file"),
        ("[1,]", "1:4: error: expected a JSON value, found ']'"),
        (#"{"a": 1,}"#, "1:9: error: expected a string key in double quotes after ',', found '}'"),
        (#"{"a" 1}"#, #"1:6: error: expected ':' after the key "a", found '1'"#),
        ("{'a': 1}", "1:2: error: expected a string key in double quotes or '}', found '''"),
        ("[1 2]", "1:4: error: expected ',' or ']' after an array element, found '2'"),
        ("[1", "1:3: error: expected ',' or ']' after an array element, found the end of the file"),
        ("{} x", "1:4: error: expected the end of the file after the JSON value, found 'x'"),
        ("{}\n// comment", "2:1: error: expected the end of the file after the JSON value, found '/'"),
        ("[NaN]", "1:2: error: expected a JSON value, found 'NaN'"),
        ("[True]", "1:2: error: expected a JSON value, found 'True'"),
        ("[01]", "1:2: error: leading zeros are not allowed in numbers"),
        ("[-]", "1:3: error: expected a digit after '-', found ']'"),
        ("[1.]", "1:4: error: expected a digit after the decimal point, found ']'"),
        ("[1e+]", "1:5: error: expected a digit after the exponent mark, found ']'"),
        ("[.5]", "1:2: error: expected a JSON value, found '.'"),
        ("\n\n  [\"abc", #"3:4: error: unterminated string; expected '"' before the end of the file"#),
        ("[\"a\tb\"]", #"1:4: error: unescaped control character U+0009 in a string; write it as an escape such as \n or \u0009"#),
        (#"["\x"]"#, #"1:3: error: invalid escape '\x' in a string; expected one of \" \\ \/ \b \f \n \r \t \uXXXX"#),
        (#"["\u12G4"]"#, #"1:3: error: expected 4 hex digits after '\u' in a string"#),
        (#"["\uD800"]"#, #"1:3: error: lone surrogate \uD800 in a string; a high surrogate must be followed by a low one (\uDC00 to \uDFFF)"#),
        (#"["ab\uDC00"]"#, #"1:5: error: lone surrogate \uDC00 in a string; a low surrogate must follow a high one"#),
        (#"["\uD800\u0041"]"#, #"1:3: error: lone surrogate \uD800 in a string; a high surrogate must be followed by a low one (\uDC00 to \uDFFF)"#),
        ("[é]", "1:2: error: expected a JSON value, found 'é' (U+00E9)"),
        ("[\u{7}]", "1:2: error: expected a JSON value, found the control character U+0007"),
    ])
    func syntaxErrorsAreExplained(json: String, expected: String) {
        expectProblems(json, ["t.json:" + expected])
    }

    @Test func columnsCountCharactersNotBytes() {
        let script = """
        {
          "title": {"ru": "Шея и плечи", "en": "Neck" x
        }
        """
        expectProblems(script, [
            "t.json:2:47: error: expected ',' or '}' after an object member, found 'x'",
        ])
        expectProblems("{\"😀\": 1 x}", ["t.json:1:9: error: expected ',' or '}' after an object member, found 'x'"])
    }

    @Test func windowsAndOldMacLineBreaksCountAsOneLine() {
        expectProblems("{\r\n\r\n  \"a\": x}", ["t.json:3:8: error: expected a JSON value, found 'x'"])
        expectProblems("{\r\r  \"a\": x}", ["t.json:3:8: error: expected a JSON value, found 'x'"])
    }

    @Test func invalidUTF8IsAnErrorWithAPosition() {
        var bytes = Array("{\n  \"title\": \"ab".utf8)
        bytes += [0xC0, 0xAF]
        bytes += Array("\"\n}".utf8)
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(bytes: bytes, fileName: "t.json")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.description == "t.json:2:15: error: invalid UTF-8: the byte 0xC0 does not start a valid character")
        }
        for badSequence: [UInt8] in [[0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            let document = Array(#"[""#.utf8) + badSequence + Array(#""]"#.utf8)
            #expect(throws: RoutineLoadError.self) { try RoutineLoader.load(bytes: document, fileName: "t.json") }
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(routineScript().utf8)
        #expect(throws: Never.self) { try RoutineLoader.load(bytes: bytes, fileName: "t.json") }
        do throws(RoutineLoadError) {
            _ = try RoutineLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("{x".utf8), fileName: "t.json")
        } catch {
            #expect(error.description == "t.json:1:2: error: expected a string key in double quotes or '}', found 'x'")
        }
    }

    @Test func nestingIsLimitedTo64Levels() {
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        expectProblems(tooDeep, ["t.json:1:65: error: nesting deeper than 64 levels"])
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        expectProblems(deepest, ["t.json:1:1: error: routine: expected an object, found an array"])
        let hundredThousand = String(repeating: "[", count: 100_000)
        expectProblems(hundredThousand, ["t.json:1:65: error: nesting deeper than 64 levels"])
    }
}
