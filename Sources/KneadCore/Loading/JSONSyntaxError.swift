/// The first place where a document stops being valid JSON, and what is wrong there.
struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What was expected and what was found, such as `expected ':' after the key "id", found '}'`.
    var message: String
    /// Where the problem is.
    var position: SourcePosition
}
