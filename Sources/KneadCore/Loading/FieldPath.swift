/// Where a value sits in a routine, such as `stages[2].duration`.
///
/// A path is a chain of cheap links and is only spelled out when a problem is reported.
indirect enum FieldPath: CustomStringConvertible, Sendable {
    /// The routine object itself.
    case root
    /// The member `key` of the object at `parent`.
    case member(String, of: FieldPath)
    /// The element at `index` of the array at `parent`.
    case element(Int, of: FieldPath)

    /// The path of the member `key` of this object.
    func appending(_ key: String) -> FieldPath {
        .member(key, of: self)
    }

    /// The path of the element at `index` of this array.
    func appending(index: Int) -> FieldPath {
        .element(index, of: self)
    }

    /// The path as stored in a `RoutineProblem`: empty for the root object.
    var text: String {
        switch self {
        case .root: ""
        case .member(let key, of: .root): key
        case .member(let key, of: let parent): parent.text + "." + key
        case .element(let index, of: let parent): parent.text + "[\(index)]"
        }
    }

    /// The path as shown in messages: `routine` for the root object.
    var description: String { RoutineProblem.displayedPath(text) }
}
