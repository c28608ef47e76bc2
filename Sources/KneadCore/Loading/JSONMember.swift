/// One `"key": value` pair of a JSON object, with the position of its key.
struct JSONMember: Sendable {
    /// The key, unescaped.
    var key: String
    /// Where the key's opening quote is.
    var keyPosition: SourcePosition
    /// The value after the colon.
    var value: JSONValue
}
