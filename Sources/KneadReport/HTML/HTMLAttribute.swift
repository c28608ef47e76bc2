/// An attribute of an HTML or SVG element; its value is escaped when written.
public struct HTMLAttribute: Hashable, Sendable {
    /// The attribute's name: always a constant of this module.
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `class="…"`.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
}
