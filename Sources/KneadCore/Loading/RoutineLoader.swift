/// Turns routine scripts (JSON files in the format described in `docs/script-format.md`) into routines.
public enum RoutineLoader {
    /// Loads a routine from a script's bytes.
    ///
    /// `fileName` starts every message line, as given (such as "Sessions/collar.json"); the
    /// routine's default id is the file's base name without ".json". Throws every problem of the
    /// script in document order, or the first syntax error when it is not valid JSON.
    public static func load(bytes: [UInt8], fileName: String, defaultID: String? = nil) throws(RoutineLoadError) -> Routine {
        let document: JSONValue
        do throws(JSONSyntaxError) {
            document = try JSONParser.parse(bytes)
        } catch {
            let problem = RoutineProblem(
                line: error.position.line, column: error.position.column, path: nil, message: error.message
            )
            throw RoutineLoadError(fileName: fileName, problems: [problem])
        }
        var validator = RoutineValidator(defaultID: defaultID ?? RoutineIdentifier.defaultID(forFileName: fileName))
        let routine = validator.routine(from: document)
        guard let routine, validator.problems.isEmpty else {
            throw RoutineLoadError(fileName: fileName, problems: validator.problemsInDocumentOrder)
        }
        return routine
    }

    /// Reads the file at `path`, then loads it with `path` as its file name.
    ///
    /// A file that cannot be read throws one problem, "cannot read the file: …", without a
    /// position: also one that is not a regular file, or holds more than 4 MiB.
    public static func load(contentsOf path: String) throws(RoutineLoadError) -> Routine {
        let bytes: [UInt8]
        do throws(FileReadError) {
            bytes = try ScriptFileReader.bytes(atPath: path)
        } catch {
            throw unreadable(fileName: path, error)
        }
        return try load(bytes: bytes, fileName: path)
    }

    /// The name standard input goes by in messages.
    public static let standardInputName = "<stdin>"

    /// Reads a script from standard input (at most 4 MiB) and loads it as `<stdin>`, with the id `stdin` unless it names one.
    public static func loadStandardInput() throws(RoutineLoadError) -> Routine {
        let bytes: [UInt8]
        do throws(FileReadError) {
            bytes = try ScriptFileReader.standardInputBytes()
        } catch {
            throw unreadable(fileName: standardInputName, error)
        }
        return try load(bytes: bytes, fileName: standardInputName, defaultID: "stdin")
    }

    /// The error for a script that could not be read.
    private static func unreadable(fileName: String, _ error: FileReadError) -> RoutineLoadError {
        let problem = RoutineProblem(line: 0, column: 0, path: nil, message: "cannot read the file: \(error.reason)")
        return RoutineLoadError(fileName: fileName, problems: [problem])
    }
}
