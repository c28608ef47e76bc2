/// A parsed JSON value together with the place in the document where it is written.
struct JSONValue: Sendable {
    /// What the value is.
    var content: JSONContent
    /// Where its first character is, by line and column.
    var position: SourcePosition
    /// The bytes of the document it is written in: from its first byte to just past its last.
    var byteRange: Range<Int>
}
