import ArgumentParser
import KneadCore

/// The settings in force for a command: knead's defaults, overridden by the environment, then
/// by the settings file, then by the command-line options.
struct EffectiveSettings {
    /// Where the settings file is (or would be); nil when no home folder is known.
    var filePath: String?
    /// Whether that file exists.
    var fileExists: Bool
    var voice: Setting<VoiceLevel>
    /// The speech program's command line, when one is named.
    var voiceCommand: Setting<String?>
    var bell: Setting<Bool>
    var tick: Setting<Bool>
    var colors: Setting<Bool>
    /// The language routines are shown and spoken in; nil for English.
    var language: Setting<String?>

    /// Reads the settings file named by `environment` and layers `options` over it.
    ///
    /// A settings file with a problem is reported on standard error, and ends the command
    /// with the status of a usage error (64): no session starts on settings it cannot read.
    static func resolve(options: SettingOptions, environment: CommandEnvironment) throws -> EffectiveSettings {
        let path = SettingsLoader.path(environment: environment.variables)
        let file: SettingsFile?
        do throws(RoutineLoadError) {
            file = try path.flatMap { path throws(RoutineLoadError) in try SettingsLoader.load(contentsOf: path) }
        } catch {
            printError(VisibleLine.sanitizedLines(error.description))
            throw ExitCode.validationFailure
        }
        let fromFile = SettingOrigin.file(path ?? "")
        let variables = environment.variables
        let noColor: Bool? = environment.allowsColor ? nil : false
        let localeVariable = PreferredLanguage.variable(in: variables)
        return EffectiveSettings(
            filePath: path,
            fileExists: file != nil,
            voice: .layered(.off, (file?.voice, fromFile), (options.voice, .option("--voice"))),
            voiceCommand: .layered(nil, (file?.voiceCommand.map { $0 }, fromFile), (options.voiceCommand.map { $0 }, .option("--voice-command"))),
            bell: .layered(false, (file?.bell, fromFile), (options.bell, .option(options.bell == false ? "--no-bell" : "--bell"))),
            tick: .layered(false, (file?.tick, fromFile), (options.tick, .option(options.tick == false ? "--no-tick" : "--tick"))),
            colors: .layered(
                true, (noColor, .environment("NO_COLOR")), (file?.colors, fromFile),
                (options.colors, .option(options.colors == false ? "--no-color" : "--color"))
            ),
            language: .layered(
                nil, (environment.language.map { $0 }, .environment(localeVariable ?? "LANG")), (file?.language.map { $0 }, fromFile)
            )
        )
    }

    /// The language routines are shown in, for the commands that take no setting options:
    /// the settings file's, or else the locale's.
    static func language(environment: CommandEnvironment) throws -> String? {
        try resolve(options: SettingOptions.parse([]), environment: environment).language.value
    }

    /// The words of the speech program's command line, when one is named.
    var voiceCommandWords: [String]? {
        voiceCommand.value.flatMap { try? VoiceCommandWords.split($0) }
    }
}
