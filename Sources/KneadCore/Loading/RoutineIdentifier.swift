/// The rules for a routine's id: lowercase ASCII letters, digits and "-".
enum RoutineIdentifier {
    /// Whether `text` is a non-empty run of lowercase letters, digits and "-".
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isAllowed)
    }

    /// The id of a script that names none: its file's base name without ".json", lowercased,
    /// with every other character that an id may not hold replaced by "-".
    static func defaultID(forFileName fileName: String) -> String {
        var baseName = Substring(fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        if baseName.lowercased().hasSuffix(".json") { baseName = baseName.dropLast(5) }
        if isValid(String(baseName)) { return String(baseName) }
        let cleaned = String(baseName.lowercased().unicodeScalars.map { scalar -> Character in
            scalar.isASCII && isAllowed(UInt8(scalar.value)) ? Character(scalar) : "-"
        })
        return cleaned.isEmpty ? "routine" : cleaned
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || ASCII.isDigit(byte) || byte == ASCII.minus
    }
}
