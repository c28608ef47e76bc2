import ArgumentParser
import FoundationEssentials
import KneadCore
import KneadSessions

/// What a command learns from the process: the environment, the user's folder, the language.
struct CommandEnvironment {
    /// The environment variables of the process.
    var variables: [String: String]

    /// The environment of this process.
    static var current: CommandEnvironment {
        CommandEnvironment(variables: ProcessInfo.processInfo.environment)
    }

    /// The language texts are shown in, from LC_ALL, LC_MESSAGES or LANG.
    var language: String? { PreferredLanguage.from(environment: variables) }

    /// Whether colours are wanted, as far as the environment says (`NO_COLOR` turns them off).
    var allowsColor: Bool { (variables["NO_COLOR"] ?? "").isEmpty }

    /// The bundled routines and the user's own.
    func catalog() -> RoutineCatalog {
        RoutineCatalog(bundled: BundledRoutineFiles.all, userFolder: RoutineCatalog.userFolder(environment: variables))
    }

    /// Finds the routine a person named, as a name or a script path.
    ///
    /// Prints what went wrong and throws an exit code when there is no such routine (64)
    /// or its script is invalid (1).
    func routine(named name: String) throws -> Routine {
        if RoutineCatalog.looksLikePath(name) {
            guard FileManager.default.fileExists(atPath: name) else {
                throw Self.usageError("no such file: \(VisibleLine.sanitized(name))")
            }
            do {
                return try RoutineLoader.load(contentsOf: name)
            } catch {
                printError(VisibleLine.sanitizedLines(error.description))
                throw ExitCode(1)
            }
        }
        let catalog = catalog()
        if let entry = catalog.entry(named: name) { return entry.routine }
        if let failure = catalog.failures.first(where: { Self.baseName(of: $0.fileName) == name }) {
            printError(VisibleLine.sanitizedLines(failure.description))
            throw ExitCode(1)
        }
        var message = "no routine named \"\(VisibleLine.sanitized(name))\""
        if let suggestion = NameSuggestion.nearest(to: name, among: catalog.names) {
            message += "; did you mean \"\(suggestion)\"?"
        }
        throw Self.usageError(message + " (see `knead list`)")
    }

    /// Prints `message` as an error and gives the exit code of a usage error (64), without
    /// the usage line: the name was wrong, not the shape of the command.
    private static func usageError(_ message: String) -> ExitCode {
        printError("Error: " + message)
        return ExitCode.validationFailure
    }

    /// Warns on standard error about user scripts that failed to load.
    func warn(about failures: [RoutineLoadError]) {
        for failure in failures {
            printError("warning: skipped an invalid script:\n" + VisibleLine.sanitizedLines(failure.description))
        }
    }

    private static func baseName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".json") ? String(file.dropLast(5)) : file
    }
}

/// Prints a line on standard error.
func printError(_ text: String) {
    StandardStream.error.write(text + "\n")
}
