/// What the speaker should do: say a sentence (cutting off any still being spoken), or fall silent.
public enum SpeechRequest: Hashable, Sendable {
    /// Stop whatever is being said and say this instead.
    case speak(Announcement)
    /// Stop whatever is being said.
    case stop
}
