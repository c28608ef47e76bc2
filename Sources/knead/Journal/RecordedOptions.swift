import KneadCore
/// The options of a run that the journal keeps with each session.
enum RecordedOptions {
    /// The options by the names the journal uses: `display`, `bell`, `colors`, `language`, `time_scale`.
    static func of(
        plain: Bool, bell: Bool, colors: Bool, language: String?, timeScale: Double,
        voice: VoiceLevel = .off, tick: Bool = false
    ) -> [String: String] {
        var options = [
            "display": plain ? "plain" : "full-screen",
            "bell": bell ? "on" : "off",
            "language": language ?? "en",
            "voice": voice.rawValue,
        ]
        if tick { options["tick"] = "on" }
        if !plain { options["colors"] = colors ? "on" : "off" }
        if timeScale != 1 { options["time_scale"] = "\(timeScale)" }
        return options
    }
}
