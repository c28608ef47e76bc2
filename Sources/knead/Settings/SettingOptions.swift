import ArgumentParser
import KneadCore

/// The options that override the settings file: voice, bell, tick and colours.
struct SettingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Speak the session: --voice (each step, side, halfway and the end), --voice=all (also the last seconds and each step's caution), --voice=off.",
            valueName: "level"
        )
    )
    var voice: VoiceLevel?

    @Option(
        name: .customLong("voice-command"),
        help: ArgumentHelp(
            "Speak with this program instead of espeak-ng or say: it gets each sentence as its last argument, and its language (en, ru, ...) in KNEAD_VOICE_LANGUAGE.",
            valueName: "program arg ..."
        )
    )
    var voiceCommand: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Ring the terminal bell when a step starts and in its last three seconds.")
    var bell: Bool?

    @Flag(name: .long, inversion: .prefixedNo, help: "Ring the terminal bell on each beat of a paced step.")
    var tick: Bool?

    @Flag(name: .customLong("color"), inversion: .prefixedNo, help: "Draw with colours, or without (as does setting NO_COLOR).")
    var colors: Bool?

    func validate() throws {
        if let voiceCommand {
            do throws(VoiceCommandWords.Problem) {
                _ = try VoiceCommandWords.split(voiceCommand)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}
