/// A place in a script: a 1-based line, and a 1-based column counted in Unicode scalars.
struct SourcePosition: Hashable, Comparable, Sendable {
    /// The line, starting at 1.
    var line: Int
    /// The character on the line, starting at 1; a character is one Unicode scalar.
    var column: Int

    static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
