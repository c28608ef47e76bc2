import KneadCore
import KneadSpeech

/// What the run loop speaks through: the speaker, or a recording stand-in in tests.
protocol SpeechOutput: AnyObject {
    /// Stops what is being said and says `announcement`.
    func speak(_ announcement: Announcement)
    /// Stops what is being said.
    func stop()
    /// Collects the speech programs that have ended; called on SIGCHLD.
    func reapExited()
    /// Why nothing is spoken, in one line for the screen; nil while speech works.
    var problemLine: String? { get }
}

extension Speaker: SpeechOutput {
    var problemLine: String? { problem?.shortMessage(in: words) }
}
