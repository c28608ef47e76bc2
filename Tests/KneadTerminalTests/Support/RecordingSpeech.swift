import KneadCore
@testable import KneadTerminal

/// A stand-in for the speaker that notes what the run loop asked of it.
final class RecordingSpeech: SpeechOutput {
    /// Each request in order: `say TEXT`, `stop`, `reap`.
    private(set) var log: [String] = []
    /// The problem it reports, as a speaker that cannot speak would.
    var problemLine: String?

    init(problemLine: String? = nil) {
        self.problemLine = problemLine
    }

    func speak(_ announcement: Announcement) { log.append("say \(announcement.text)") }
    func stop() { log.append("stop") }
    func reapExited() { log.append("reap") }
}
