#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the program to speak with: the one a person named, or a known one on PATH.
public enum SpeakerLookup {
    /// The speech programs knead knows, in the order they are looked for.
    static let knownPrograms: [(name: String, kind: SpeakerProgram.Kind)] = [
        ("espeak-ng", .espeak), ("say", .say), ("espeak", .espeak),
    ]

    /// The program to use: `command`'s words when given, else the first known program on `path`.
    ///
    /// - Parameters:
    ///   - command: The words of `--voice-command` (or of the settings' `voiceCommand`).
    ///   - path: The PATH variable, folders separated by colons.
    public static func find(command: [String]?, path: String?) -> Result<SpeakerProgram, SpeakerProblem> {
        if let command, let program = command.first {
            return .success(SpeakerProgram(executable: program, arguments: Array(command.dropFirst()), kind: .custom))
        }
        for known in knownPrograms {
            if let program = findKnown(named: known.name, path: path) { return .success(program) }
        }
        return .failure(.notFound)
    }

    /// The known speech program `name` (`espeak-ng`, `say`, `espeak`) when it is on `path`.
    public static func findKnown(named name: String, path: String? = getenv("PATH").map { String(cString: $0) }) -> SpeakerProgram? {
        guard let kind = knownPrograms.first(where: { $0.name == name })?.kind else { return nil }
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        let candidates = folders.map { folder -> String in "\(folder)/\(name)" }
        return candidates.first { access($0, X_OK) == 0 }.map { SpeakerProgram(executable: $0, kind: kind) }
    }
}
