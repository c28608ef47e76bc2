/// A JSON object of a script, known to be an object, with the path it sits at.
struct ScriptObject {
    /// The members in document order, duplicates included.
    let members: [JSONMember]
    /// Where the object's `{` is; missing keys are reported here.
    let position: SourcePosition
    /// Where the object sits in the routine.
    let path: FieldPath

    /// The object in `value`, or nil when `value` is something else.
    init?(_ value: JSONValue, path: FieldPath) {
        guard case .object(let members) = value.content else { return nil }
        self.members = members
        self.position = value.position
        self.path = path
    }

    /// The value of the first member named `key`.
    func value(for key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// The path of the member named `key`.
    func path(of key: String) -> FieldPath {
        path.appending(key)
    }
}
