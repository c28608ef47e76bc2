import KneadCore
import KneadSpeech

/// Picks the speaker for a session from the settings in force.
enum SpeakerChoice {
    /// The speech program the settings lead to: the one named, or the first known one on PATH.
    static func program(for settings: EffectiveSettings, environment: CommandEnvironment) -> Result<SpeakerProgram, SpeakerProblem> {
        SpeakerLookup.find(command: settings.voiceCommandWords, path: environment.variables["PATH"])
    }

    /// The speaker to use, or nil when the voice is off; a speaker that stays silent, with
    /// its reason, when no program is found.
    static func speaker(for settings: EffectiveSettings, environment: CommandEnvironment) -> Speaker? {
        guard settings.voice.value != .off else { return nil }
        let speaker = switch program(for: settings, environment: environment) {
        case .success(let program): Speaker(program: program, environment: environment.variables)
        case .failure(let problem): Speaker(problem: problem)
        }
        speaker.words = Wording(code: settings.language.value)
        return speaker
    }
}
