import ArgumentParser
import KneadCore
import KneadSessions

/// `knead new NAME [--from ROUTINE]`: starts a routine of the person's own in their sessions folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a routine of your own, from a bundled one or a small skeleton, and print its path.",
        discussion: """
            Writes NAME.json into $XDG_CONFIG_HOME/knead/sessions (by default \
            ~/.config/knead/sessions), creating the folder if needed, and prints the new file's \
            path. With --from it is a copy of that routine (bundled or your own) under the new \
            name; without, a small valid routine in English and Russian to change. Edit it, check \
            it with `knead validate PATH`, and run it with `knead NAME`. A NAME that is the id of a \
            bundled routine makes your version take its place. An existing file is never \
            overwritten: knead new then exits with status 73.
            """
    )

    /// The longest name whose file, NAME.json, every common file system can hold (255 bytes).
    static let longestName = 250

    @Argument(help: "The new routine's name: lowercase letters a-z, digits and \"-\", such as my-neck.")
    var name: String

    @Option(name: .long, help: "The routine to copy: a name from `knead list`, or the path of a script.", completion: RoutineNameCompletion.kind)
    var from: String?

    func validate() throws {
        guard RoutineDraft.isValidName(name) else {
            throw ValidationError("NAME may hold only lowercase letters a-z, digits and \"-\", such as my-neck")
        }
        guard name.utf8.count <= Self.longestName else {
            throw ValidationError("NAME may be at most \(Self.longestName) characters long (the file system's limit for NAME.json), not \(name.utf8.count)")
        }
    }

    func run() throws {
        let environment = CommandEnvironment.current
        guard let folder = RoutineCatalog.userFolder(environment: environment.variables) else {
            throw environment.usageError(environment.words[.cliNoSessionsFolder])
        }
        let path = folder + "/" + name + ".json"
        let bytes = try from.map { try copy(of: $0, environment: environment) } ?? RoutineDraft.skeleton(id: name)
        do throws(NewFile.Failure) {
            try NewFile.create(at: path, bytes: bytes)
        } catch .exists {
            printError(environment.words(.cliError, environment.words(.cliNewExists, VisibleLine.sanitized(path))))
            throw ExitCode.cannotCreate
        } catch .pathTooLong {
            throw environment.usageError(environment.words(.cliNewPathTooLong, VisibleLine.sanitized(path)))
        } catch .cannotWrite(let reason) {
            printError(environment.words(.cliError, environment.words(.cliNewCannotWrite, VisibleLine.sanitized(path), reason)))
            throw ExitCode.cannotCreate
        }
        print(VisibleLine.sanitized(path))
    }

    /// The script of the routine called `source` (a name, or a script's path), renamed to this
    /// routine's name.
    private func copy(of source: String, environment: CommandEnvironment) throws -> [UInt8] {
        let origin: RoutineOrigin
        if RoutineCatalog.looksLikePath(source) {
            _ = try environment.routine(named: source)  // a missing or invalid script is reported, not copied
            origin = .file(path: source)
        } else {
            origin = try environment.entry(named: source).origin
        }
        let original: [UInt8]? = switch origin {
        case .bundled(let fileName): BundledRoutineFiles.all.first { $0.fileName == fileName }?.bytes
        case .file(let path): try? ScriptFileReader.bytes(atPath: path)
        }
        guard let original, let renamed = RoutineDraft.copy(of: original, as: name) else {
            printError(environment.words(.cliError, environment.words(.cliNewCannotRead, VisibleLine.sanitized(source))))
            throw ExitCode(1)
        }
        return renamed
    }
}
