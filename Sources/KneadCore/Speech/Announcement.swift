/// A sentence to be spoken, and the language it is written in.
public struct Announcement: Hashable, Sendable {
    /// What to say, free of control characters.
    public var text: String
    /// The language code of `text`, such as `en` or `ru`, for choosing a voice.
    public var language: String

    public init(text: String, language: String) {
        self.text = text
        self.language = language
    }
}
