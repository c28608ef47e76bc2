/// A JSON number kept as written, so messages can quote it and integers stay exact.
struct JSONNumber: Hashable, Sendable {
    /// The number exactly as it appears in the document, such as `-12.5e3`.
    var literal: String
    /// Whether the literal has neither a fraction nor an exponent part.
    var isInteger: Bool

    /// The value as a floating-point number; very large literals become infinite.
    var doubleValue: Double { Double(literal) ?? .nan }

    /// The value as an `Int` when the literal is an integer that fits, otherwise nil.
    var integerValue: Int? { isInteger ? Int(literal) : nil }
}
