/// The options of a session as one line of text in the journal: `bell=on; language=ru`.
public enum SessionOptionsText {
    /// The options sorted by name, as `name=value` pairs joined by `; `.
    public static func encode(_ options: [String: String]) -> String {
        options.sorted { $0.key < $1.key }.map { "\(clean($0.key))=\(clean($0.value))" }.joined(separator: "; ")
    }

    /// The options read back from `encode`'s text.
    public static func decode(_ text: String) -> [String: String] {
        var options: [String: String] = [:]
        for pair in text.split(separator: ";") {
            let trimmed = pair.drop { $0 == " " }
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            options[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        return options
    }

    /// The text without the characters that separate pairs.
    private static func clean(_ text: String) -> String {
        String(text.map { $0 == ";" || $0 == "=" ? "_" : $0 })
    }
}
