import FoundationEssentials

/// Encodes command output as readable JSON.
enum JSONText {
    /// `value` as pretty-printed JSON with sorted keys, slashes left unescaped.
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
