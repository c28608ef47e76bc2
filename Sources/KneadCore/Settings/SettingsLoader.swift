#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `config.json` with the same strict checks as routine scripts: every unknown key and
/// bad value is reported with its line, column and field path, and nothing is guessed.
public enum SettingsLoader {
    /// The keys a settings file may have, as `docs/configuration.md` lists them.
    public static let keys = ["voice", "voiceCommand", "bell", "tick", "colors", "language", "reminders"]

    /// The settings in a file's bytes; `fileName` starts every message line.
    public static func load(bytes: [UInt8], fileName: String) throws(RoutineLoadError) -> SettingsFile {
        let document = try RoutineLoader.document(in: bytes, fileName: fileName)
        var validator = RoutineValidator(defaultID: "")
        // Problems name their fields `settings.voice`; the file itself is `settings`.
        let root = FieldPath.root.appending("settings")
        var settings = SettingsFile()
        if let object = validator.object(document, path: root, keys: keys) {
            settings.voice = object.value(for: "voice").flatMap {
                validator.enumCase(VoiceLevel.self, from: $0, path: object.path(of: "voice"), kind: "voice level") { "a voice level (one of: \($0))" }
            }
            settings.voiceCommand = object.value(for: "voiceCommand").flatMap {
                command($0, path: object.path(of: "voiceCommand"), validator: &validator)
            }
            settings.bell = object.value(for: "bell").flatMap { bool($0, path: object.path(of: "bell"), validator: &validator) }
            settings.tick = object.value(for: "tick").flatMap { bool($0, path: object.path(of: "tick"), validator: &validator) }
            settings.colors = object.value(for: "colors").flatMap { bool($0, path: object.path(of: "colors"), validator: &validator) }
            settings.language = object.value(for: "language").flatMap { language($0, path: object.path(of: "language"), validator: &validator) }
            settings.reminders = object.value(for: "reminders").flatMap {
                reminders($0, path: object.path(of: "reminders"), validator: &validator)
            }
        }
        guard validator.problems.isEmpty else {
            throw RoutineLoadError(fileName: fileName, problems: validator.problemsInDocumentOrder)
        }
        return settings
    }

    /// The settings in the file at `path`, or nil when there is no such file.
    ///
    /// A file that exists but cannot be read is an error naming it.
    public static func load(contentsOf path: String) throws(RoutineLoadError) -> SettingsFile? {
        if access(path, F_OK) != 0 && errno == ENOENT { return nil }
        let bytes = try RoutineLoader.fileBytes(atPath: path, named: "settings file", fileKind: "settings file")
        return try load(bytes: bytes, fileName: path)
    }

    /// The settings file's path: `$XDG_CONFIG_HOME/knead/config.json`, by default
    /// `~/.config/knead/config.json`; nil when neither variable is set.
    public static func path(environment: [String: String]) -> String? {
        RoutineCatalog.configFolder(environment: environment).map { $0 + "/config.json" }
    }

    /// A command line that splits into a program and its arguments.
    private static func command(_ value: JSONValue, path: FieldPath, validator: inout RoutineValidator) -> String? {
        guard let text = validator.string(value, path: path, isRequired: true) else { return nil }
        do throws(VoiceCommandWords.Problem) {
            _ = try VoiceCommandWords.split(text)
            return text
        } catch {
            validator.report(expected: "a command such as \"espeak-ng -s 140\" (\(error.shortDescription))", found: value, path: path)
            return nil
        }
    }

    private static func bool(_ value: JSONValue, path: FieldPath, validator: inout RoutineValidator) -> Bool? {
        if case .bool(let flag) = value.content { return flag }
        validator.report(expected: "true or false", found: value, path: path)
        return nil
    }

    private static func language(_ value: JSONValue, path: FieldPath, validator: inout RoutineValidator) -> String? {
        if case .string(let code) = value.content, let normalized = LanguageCode.normalized(code) { return normalized }
        validator.report(expected: "a language code such as \"en\", \"ru\" or \"pt_BR\"", found: value, path: path)
        return nil
    }
}
