/// The kind and the data of a JSON value.
enum JSONContent: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// The members in the order they are written, duplicates included.
    case object([JSONMember])
}
