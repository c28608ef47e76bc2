import KneadCore

/// JSON values written by hand, for exports too long to go through an encoder quickly.
enum JSONLiteral {
    /// `text` as a JSON string: quotes and backslashes escaped, control characters as `\uXXXX`.
    static func string(_ text: String) -> String { JSONString.escaped(text) }

    /// A string, or `null`.
    static func string(_ text: String?) -> String { text.map(string) ?? "null" }

    /// A whole number, or `null`.
    static func number<Number: BinaryInteger>(_ value: Number?) -> String { value.map { "\($0)" } ?? "null" }

    /// A number, without a fraction when it is whole; `null` for nil.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
    }

    /// An object of `members` (already written values), one per line, keys in the order given.
    static func object(_ members: [(key: String, value: String)], indent: String) -> String {
        guard !members.isEmpty else { return "{}" }
        let inner = indent + "  "
        return "{\n" + members.map { inner + string($0.key) + ": " + $0.value }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    /// An array of `elements` (already written values), one per line.
    static func array(_ elements: [String], indent: String) -> String {
        guard !elements.isEmpty else { return "[]" }
        let inner = indent + "  "
        return "[\n" + elements.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }
}
