/// Turns text into HTML that shows it as it is, in element content and in quoted attributes.
public enum HTMLEscaping {
    /// Appends `text` to `output` with `&`, `<`, `>`, `"` and `'` written as character references,
    /// and control characters (but tab and line feed) left out, as HTML does not allow them.
    public static func append(_ text: String, to output: inout String) {
        // Most text (numbers, dates, names) has nothing to change, and is copied whole.
        if !text.utf8.contains(where: mayNeedChange) {
            output += text
            return
        }
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

    /// Whether `byte` may begin something `append` changes or leaves out: one of the five
    /// characters, a control character, or the first byte of U+0080…U+00BF (with the C1 controls).
    private static func mayNeedChange(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F, 0xC2: true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"): false
        default: byte < 0x20
        }
    }

    /// `text`, escaped.
    public static func escaped(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
