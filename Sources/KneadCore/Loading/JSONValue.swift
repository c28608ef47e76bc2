/// A parsed JSON value together with the place in the document where it starts.
struct JSONValue: Sendable {
    /// What the value is.
    var content: JSONContent
    /// Where its first character is.
    var position: SourcePosition
}
