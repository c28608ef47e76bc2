import ArgumentParser
import Glibc
import KneadCore
import KneadSessions

/// What a command learns from the process: the environment, the user's folder, the language.
struct CommandEnvironment {
    /// The environment variables of the process.
    var variables: [String: String]

    /// The environment of this process.
    static var current: CommandEnvironment {
        CommandEnvironment(variables: processVariables())
    }

    /// The variables of `environ`, the first one where a name is given twice (as `getenv` reads it).
    private static func processVariables() -> [String: String] {
        var variables: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "="), variables[String(text[..<equals])] == nil {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return variables
    }

    /// The language texts are shown in, from LC_ALL, LC_MESSAGES or LANG.
    var language: String? { PreferredLanguage.from(environment: variables) }

    /// knead's own words in the locale's language, for errors and warnings (which come before
    /// any settings file is read).
    var words: Wording { Wording(code: language) }

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
            guard access(name, F_OK) == 0 else {
                throw usageError(words(.cliNoSuchFile, VisibleLine.sanitized(name)))
            }
            do {
                return try RoutineLoader.load(contentsOf: name)
            } catch {
                printError(VisibleLine.sanitizedLines(error.description))
                throw ExitCode(1)
            }
        }
        return try entry(named: name).routine
    }

    /// Finds the routine of the catalog called `name`, a user's script or a bundled one.
    ///
    /// Prints what went wrong and throws an exit code when there is no such routine (64), its
    /// script is invalid (1), or it names a method knead never runs (69).
    func entry(named name: String) throws -> CatalogEntry {
        let catalog = catalog()
        if let entry = catalog.entry(named: name) { return entry }
        if let failure = catalog.failures.first(where: { Self.baseName(of: $0.fileName) == name }) {
            printError(VisibleLine.sanitizedLines(failure.description))
            throw ExitCode(1)
        }
        if let method = SpecialistOnlyMethod.named(name) {
            printError(words(.cliError, "\(method.title.resolved(for: language)): \(method.reason.resolved(for: language))"))
            throw ExitCode.specialistOnly
        }
        var message = words(.cliNoRoutine, VisibleLine.sanitized(name))
        if let suggestion = NameSuggestion.nearest(to: name, among: catalog.names) {
            message += words(.cliDidYouMean, suggestion)
        }
        throw usageError(message + words[.cliSeeList])
    }

    /// Reads a routine's script from standard input, for `-` in place of a routine.
    ///
    /// Prints what went wrong and throws exit code 1 when the script is invalid, too large or unreadable.
    func standardInputRoutine() throws -> Routine {
        do {
            return try RoutineLoader.loadStandardInput()
        } catch {
            printError(VisibleLine.sanitizedLines(error.description))
            throw ExitCode(1)
        }
    }

    /// Prints `message` as an error and gives the exit code of a usage error (64), without
    /// the usage line: the name was wrong, not the shape of the command.
    func usageError(_ message: String) -> ExitCode {
        printError(words(.cliError, message))
        return ExitCode.validationFailure
    }

    /// Warns on standard error about user scripts that failed to load.
    func warn(about failures: [RoutineLoadError]) {
        for failure in failures {
            printError(words[.cliSkippedScript] + "\n" + VisibleLine.sanitizedLines(failure.description))
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
