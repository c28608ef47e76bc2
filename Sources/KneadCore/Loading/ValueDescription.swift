/// Short renderings of JSON values for the "found …" part of messages.
enum ValueDescription {
    /// Strings longer than this many characters are cut short with "…".
    static let longestQuotedString = 40
    /// Array elements are shown literally only when they are at most this long.
    private static let longestLiteralElement = 12
    /// Arrays are shown literally only when they have at most this many elements.
    private static let mostLiteralElements = 3

    /// The value in a few words: strings quoted, numbers as written, `true`, `null`, `an object`,
    /// `an array`, or short arrays of scalars literally such as `["left"]`.
    static func brief(_ value: JSONValue) -> String {
        switch value.content {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.literal
        case .string(let text): return quoted(text)
        case .object(let members): return members.isEmpty ? "an empty object" : "an object"
        case .array(let elements):
            if elements.isEmpty { return "an empty array" }
            guard elements.count <= mostLiteralElements else { return "an array" }
            var shown: [String] = []
            for element in elements {
                guard let literal = shortScalar(element) else { return "an array" }
                shown.append(literal)
            }
            return "[" + shown.joined(separator: ",") + "]"
        }
    }

    private static func shortScalar(_ value: JSONValue) -> String? {
        switch value.content {
        case .string(let text) where text.unicodeScalars.count <= longestLiteralElement: quoted(text)
        case .number(let number) where number.literal.count <= longestLiteralElement: number.literal
        case .bool, .null: brief(value)
        default: nil
        }
    }

    /// `text` in double quotes with JSON escapes, cut after `longestQuotedString` characters.
    static func quoted(_ text: String) -> String {
        JSONString.escaped(text, limit: longestQuotedString)
    }
}
