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

    /// One problem per line, such as
    /// `collar.json:3:14: error: stages[0].duration: expected a duration …, found "fast"`.
    public var description: String {
        problems.map { $0.formatted(fileName: fileName) }.joined(separator: "\n")
    }
}
