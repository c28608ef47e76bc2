import KneadCore

/// Why nothing can be spoken: no speech program, or one that would not start.
public enum SpeakerProblem: Error, Hashable, Sendable {
    /// No known speech program is on PATH.
    case notFound
    /// The program could not be started.
    case cannotStart(program: String, reason: String)
    /// The program started but ended with a failure status (it is still tried for each sentence).
    case failed(program: String, status: Int32)

    /// One line for the foot of the screen.
    public var shortMessage: String { shortMessage(in: .english) }

    /// One line for the foot of the screen, in the language of `words`.
    public func shortMessage(in words: Wording) -> String {
        switch self {
        case .notFound: words["voice.notFound"]
        case .cannotStart(let program, let reason): words("voice.cannotStart", program, reason)
        case .failed(let program, let status): words("voice.failed", program, status)
        }
    }

    /// The full explanation, for standard error after the session.
    public var message: String {
        switch self {
        case .notFound:
            "the session was silent: no speech program was found (espeak-ng, say or espeak on PATH); "
                + "install one (on Debian or Ubuntu: sudo apt-get install espeak-ng), "
                + "or name a program with --voice-command 'PROGRAM ARG…'"
        case .cannotStart(let program, let reason):
            "the session was silent: cannot start the speech program \(program): \(reason); "
                + "check --voice-command (or voiceCommand in the settings), or install espeak-ng"
        case .failed(let program, let status):
            "the speech program \(program) failed (exit status \(status)) on a sentence; "
                + "try it by hand, such as: \(program) \"Step 1 of 3.\""
        }
    }
}
