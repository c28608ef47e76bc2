import KneadCore

/// The options of a run that the journal keeps with each session.
enum RecordedOptions {
    /// The options by the names the journal uses: `display`, `bell`, `language`, `voice` and, when
    /// not 1, `time_scale`; on the full screen also `colors` and (when on) `tick`.
    static func of(plain: Bool, settings: EffectiveSettings, timeScale: Double) -> [String: String] {
        var options = [
            "display": plain ? "plain" : "full-screen",
            "bell": settings.bell.value ? "on" : "off",
            "language": settings.language.value ?? "en",
            "voice": settings.voice.value.rawValue,
        ]
        if !plain {
            options["colors"] = settings.colors.value ? "on" : "off"
            if settings.tick.value { options["tick"] = "on" }
        }
        if timeScale != 1 { options["time_scale"] = "\(timeScale)" }
        return options
    }
}
