/// One thing wrong with a routine script, and where it is.
public struct RoutineProblem: Equatable, Sendable, CustomStringConvertible {
    /// The line of the offending value, starting at 1; 0 when the problem has no place in the
    /// file, such as a file that cannot be read.
    public var line: Int
    /// The character on the line, starting at 1 and counted in Unicode scalars; 0 when `line` is 0.
    public var column: Int
    /// The field path such as `stages[2].duration`: nil for a JSON syntax error (or a file that
    /// cannot be read), and empty for the routine object itself.
    public var path: String?
    /// What was expected and what was found.
    public var message: String

    public init(line: Int, column: Int, path: String?, message: String) {
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// The problem without the file name: `3:14: error: stages[0]: expected …`.
    public var description: String {
        let location = line > 0 ? "\(line):\(column): " : ""
        let subject = path.map { Self.displayedPath($0) + ": " } ?? ""
        return location + "error: " + subject + message
    }

    /// The problem as one line of a report about `fileName`.
    public func formatted(fileName: String) -> String {
        line > 0 ? "\(fileName):\(description)" : "\(fileName): \(description)"
    }

    /// How a path is shown in messages: `routine` stands for the root object.
    static func displayedPath(_ path: String) -> String {
        path.isEmpty ? "routine" : path
    }
}
