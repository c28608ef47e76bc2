/// Turns text into HTML that shows it as it is, in element content and in quoted attributes.
public enum HTMLEscaping {
    /// Appends `text` to `output` with `&`, `<`, `>`, `"` and `'` written as character references,
    /// and control characters (but tab and line feed) left out, as HTML does not allow them.
    public static func append(_ text: String, to output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text`, escaped.
    public static func escaped(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
