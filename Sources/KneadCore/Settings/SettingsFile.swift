/// The settings a person keeps in `config.json`; a missing key leaves the default (or the
/// environment's choice) in force.
public struct SettingsFile: Hashable, Sendable {
    /// How much of a session is spoken.
    public var voice: VoiceLevel?
    /// The speech program and its arguments, as one command line.
    public var voiceCommand: String?
    /// Whether the bell rings as each step starts and in its last seconds.
    public var bell: Bool?
    /// Whether the bell rings on each beat of a paced step.
    public var tick: Bool?
    /// Whether the screen uses colours.
    public var colors: Bool?
    /// The language routines are shown and spoken in, such as `ru`.
    public var language: String?
    /// When reminders may come; nil leaves the defaults (on, at 19:00, no quiet hours).
    public var reminders: ReminderSettings?

    public init(
        voice: VoiceLevel? = nil, voiceCommand: String? = nil, bell: Bool? = nil, tick: Bool? = nil,
        colors: Bool? = nil, language: String? = nil
    ) {
        self.voice = voice
        self.voiceCommand = voiceCommand
        self.bell = bell
        self.tick = tick
        self.colors = colors
        self.language = language
    }
}
