import KneadCore

/// The person's choices that the app follows.
///
/// The language and colours it draws in, how much it speaks, and whether the beats of paced
/// steps go to the shell to tick.
public struct AppOptions: Hashable, Sendable {
    /// The language code that texts of a routine are shown in (`en`, `ru`, `pt_BR`…); nil for English.
    public var language: String?
    /// Whether styles carry colours; without them only bold, reverse and dim are used.
    public var colors: Bool
    /// How much of a session is spoken.
    public var voice: VoiceLevel
    /// Whether the beats of paced steps reach the shell (to ring the bell on each one).
    public var tick: Bool

    public init(language: String? = nil, colors: Bool = true, voice: VoiceLevel = .off, tick: Bool = false) {
        self.language = language
        self.colors = colors
        self.voice = voice
        self.tick = tick
    }
}
