/// Turns routine scripts (JSON files in the format described in `docs/script-format.md`) into routines.
public enum RoutineLoader {
    /// Loads a routine from a script's bytes.
    ///
    /// `fileName` starts every message line, as given (such as "Sessions/collar.json"); the
    /// routine's default id is the file's base name without ".json". Throws every problem of the
    /// script in document order, or the first syntax error when it is not valid JSON.
    public static func load(bytes: [UInt8], fileName: String, defaultID: String? = nil) throws(RoutineLoadError) -> Routine {
        let document = try document(in: bytes, fileName: fileName)
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
        let bytes = try fileBytes(atPath: path, named: "file", fileKind: "script")
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
            throw RoutineLoadError(fileName: standardInputName, unreadableAs: "file", reason: error.reason(fileKind: "script"))
        }
        return try load(bytes: bytes, fileName: standardInputName, defaultID: "stdin")
    }

    /// The JSON document in `bytes`; when they are not valid JSON, an error of `fileName` with
    /// the first syntax error.
    static func document(in bytes: [UInt8], fileName: String) throws(RoutineLoadError) -> JSONValue {
        do throws(JSONSyntaxError) {
            return try JSONParser.parse(bytes)
        } catch {
            throw RoutineLoadError(fileName: fileName, syntaxError: error)
        }
    }

    /// The bytes of the regular file at `path`; when it cannot be read, an error "cannot read
    /// the `name`: …", whose size limit is the most a `kind` may hold.
    static func fileBytes(atPath path: String, named name: String, fileKind kind: String) throws(RoutineLoadError) -> [UInt8] {
        do throws(FileReadError) {
            return try ScriptFileReader.bytes(atPath: path)
        } catch {
            throw RoutineLoadError(fileName: path, unreadableAs: name, reason: error.reason(fileKind: kind))
        }
    }
}
