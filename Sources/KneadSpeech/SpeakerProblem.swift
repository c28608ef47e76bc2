import KneadCore

/// Why nothing can be spoken: no speech program, or one that would not start.
public enum SpeakerProblem: Error, Hashable, Sendable {
    /// No known speech program is on PATH.
    case notFound
    /// The program could not be started.
    case cannotStart(program: String, reason: String)
    /// The program started but ended with a failure status (it is still tried for each sentence).
    case failed(program: String, status: Int32)

    /// One line for the foot of the screen, in the language of `words`.
    public func shortMessage(in words: Wording) -> String {
        switch self {
        case .notFound: words[.voiceNotFound]
        case .cannotStart(let program, let reason): words(.voiceCannotStart, program, reason)
        case .failed(let program, let status): words(.voiceFailed, program, status)
        }
    }

    /// The full explanation, for standard error, in the language of `words`.
    public func message(in words: Wording) -> String {
        switch self {
        case .notFound: words[.voiceNotFoundDetail]
        case .cannotStart(let program, let reason): words(.voiceCannotStartDetail, program, reason)
        case .failed(let program, let status): words(.voiceFailedDetail, program, status)
        }
    }
}
