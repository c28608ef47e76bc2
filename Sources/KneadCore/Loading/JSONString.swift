/// Text written as a JSON string literal, the one escaping that messages and exports share.
public enum JSONString {
    /// `text` in double quotes with JSON escapes.
    ///
    /// Quotes and backslashes get a backslash; line feed, carriage return and tab are written
    /// `\n`, `\r`, `\t`; every other control character, and DEL, as `\u` and four hex digits.
    /// With a `limit`, the text is cut after that many characters (Unicode scalars) with "…".
    public static func escaped(_ text: String, limit: Int? = nil) -> String {
        var result = "\""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == limit {
                result += "…"
                break
            }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u" + JSONParser.hex(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
