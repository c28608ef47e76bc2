import KneadCore

/// How the history writes a session's end.
enum HistoryWording {
    /// `finished`, `quit at 4/15`, `signal at 4/15`, `interrupted at 4/15`; «прерван на 4/15».
    static func ending(of session: RecordedSession, in words: Wording) -> String {
        switch session.ending {
        case .finished: words["cli.history.finished"]
        case .quit, .signal, .interrupted: words("cli.history." + session.ending.rawValue, "\(session.stepReached)/\(session.stepCount)")
        }
    }
}
