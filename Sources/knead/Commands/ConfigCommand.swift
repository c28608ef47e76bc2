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
        let words = Wording(code: settings.language.value)
        let file = settings.filePath.map { settings.fileExists ? $0 : words(.cliConfigNotThere, $0) }
        print(words(.cliConfigFile, file ?? words[.cliConfigNoFile]))
        print("")
        let speaker = switch SpeakerChoice.program(for: settings, environment: environment) {
        case .success(let program): program.executable
        case .failure: words[.cliConfigNoSpeaker]
        }
        let rows: [[String]] = [
            ["voice", settings.voice.value.rawValue, settings.voice.origin.text(in: words)],
            ["voiceCommand", settings.voiceCommand.value ?? words(.cliConfigSpeaksWith, speaker), settings.voiceCommand.origin.text(in: words)],
            ["bell", "\(settings.bell.value)", settings.bell.origin.text(in: words)],
            ["tick", "\(settings.tick.value)", settings.tick.origin.text(in: words)],
            ["colors", "\(settings.colors.value)", settings.colors.origin.text(in: words)],
            ["language", settings.language.value ?? words[.cliConfigEnglish], settings.language.origin.text(in: words)],
        ]
        print(TextTable.render(header: [words[.cliConfigSetting], words[.cliConfigValue], words[.cliListFrom]], rows: rows))
    }
}
