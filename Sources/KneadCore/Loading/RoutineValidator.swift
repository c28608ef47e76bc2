/// Checks a parsed script against the routine format and builds the routine, collecting every
/// problem on the way rather than stopping at the first.
struct RoutineValidator {
    /// The problems found so far, in the order they were found.
    private(set) var problems: [RoutineProblem] = []
    /// The id to use when the script gives none.
    let defaultID: String

    init(defaultID: String) {
        self.defaultID = defaultID
    }

    /// The problems sorted by where they are in the document; problems at the same place keep
    /// the order they were found in.
    var problemsInDocumentOrder: [RoutineProblem] {
        problems.enumerated().sorted { first, second in
            (first.element.line, first.element.column, first.offset)
                < (second.element.line, second.element.column, second.offset)
        }.map(\.element)
    }

    /// Records `message` about the value at `path`, which starts at `position`.
    mutating func report(_ message: String, at position: SourcePosition, path: FieldPath) {
        problems.append(RoutineProblem(line: position.line, column: position.column, path: path.text, message: message))
    }

    /// Records that `value` at `path` is not what was expected: "expected …, found …".
    mutating func report(expected expectation: String, found value: JSONValue, path: FieldPath) {
        report("expected \(expectation), found \(ValueDescription.brief(value))", at: value.position, path: path)
    }

    /// The object in `value`, after reporting its duplicate and unknown keys; nil (reported)
    /// when `value` is not an object.
    mutating func object(_ value: JSONValue, path: FieldPath, keys: [String]) -> ScriptObject? {
        guard let object = ScriptObject(value, path: path) else {
            report(expected: "an object", found: value, path: path)
            return nil
        }
        checkKeys(of: object, allowed: keys)
        return object
    }

    /// Reports each key of `object` that appears twice or that is not one of `allowed`.
    mutating func checkKeys(of object: ScriptObject, allowed: [String]) {
        var seen = Set<String>()
        for member in object.members {
            let quotedKey = ValueDescription.quoted(member.key)
            if !seen.insert(member.key).inserted {
                report("duplicate key \(quotedKey)", at: member.keyPosition, path: object.path)
            } else if !allowed.contains(member.key) {
                let hint = NameSuggestion.hint(for: member.key, among: allowed)
                report("unknown key \(quotedKey); \(hint)", at: member.keyPosition, path: object.path)
            }
        }
    }

    /// The value of `key` in `object`, reporting it as missing when it is not there.
    mutating func required(_ key: String, in object: ScriptObject) -> JSONValue? {
        guard let value = object.value(for: key) else {
            report("missing required key \(ValueDescription.quoted(key))", at: object.position, path: object.path)
            return nil
        }
        return value
    }
}
