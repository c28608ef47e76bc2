import ArgumentParser
import KneadCore
import KneadSpeech

/// `knead config`: the settings in force, and where each one came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each came from.",
        discussion: """
            Settings come from knead's defaults, then the environment (LANG, NO_COLOR and others), then \
            the settings file $XDG_CONFIG_HOME/knead/config.json (by default \
            ~/.config/knead/config.json), then the options given here or to `knead run`, each \
            overriding the one before. See docs/configuration.md for every key.
            """
    )

    @OptionGroup(title: "Settings")
    var settingOptions: SettingOptions

    func run() throws {
        let environment = CommandEnvironment.current
        let settings = try EffectiveSettings.resolve(options: settingOptions, environment: environment)
        let file = settings.filePath.map { settings.fileExists ? $0 : "\($0) (not there: nothing read from it)" }
        print("Settings file: " + (file ?? "none (neither XDG_CONFIG_HOME nor HOME is set)"))
        print("")
        let speaker = switch SpeakerChoice.program(for: settings, environment: environment) {
        case .success(let program): program.executable
        case .failure: "none found"
        }
        let rows: [[String]] = [
            ["voice", settings.voice.value.rawValue, settings.voice.origin.description],
            ["voiceCommand", settings.voiceCommand.value ?? "none (speaks with: \(speaker))", settings.voiceCommand.origin.description],
            ["bell", "\(settings.bell.value)", settings.bell.origin.description],
            ["tick", "\(settings.tick.value)", settings.tick.origin.description],
            ["colors", "\(settings.colors.value)", settings.colors.origin.description],
            ["language", settings.language.value ?? "none (English)", settings.language.origin.description],
        ]
        print(TextTable.render(header: ["SETTING", "VALUE", "FROM"], rows: rows))
    }
}
