/// Everything that stops a script from loading: the file and all of its problems.
public struct RoutineLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name as given to the loader, used at the start of every message line.
    public var fileName: String
    /// All problems of the file in document order; a syntax error is always alone.
    public var problems: [RoutineProblem]

    public init(fileName: String, problems: [RoutineProblem]) {
        self.fileName = fileName
        self.problems = problems
    }

    /// The error of a document that is not valid JSON: its first syntax error, alone.
    init(fileName: String, syntaxError: JSONSyntaxError) {
        let problem = RoutineProblem(
            line: syntaxError.position.line, column: syntaxError.position.column, path: nil, message: syntaxError.message
        )
        self.init(fileName: fileName, problems: [problem])
    }

    /// The error of a file that could not be read: one problem without a position,
    /// "cannot read the `name`: `reason`".
    init(fileName: String, unreadableAs name: String, reason: String) {
        let problem = RoutineProblem(line: 0, column: 0, path: nil, message: "cannot read the \(name): \(reason)")
        self.init(fileName: fileName, problems: [problem])
    }

    /// One problem per line, such as
    /// `collar.json:3:14: error: stages[0].duration: expected a duration …, found "fast"`.
    public var description: String {
        problems.map { $0.formatted(fileName: fileName) }.joined(separator: "\n")
    }
}
