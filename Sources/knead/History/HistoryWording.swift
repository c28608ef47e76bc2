import KneadCore

/// How the history writes a session's end.
enum HistoryWording {
    /// `finished`, `quit at 4/15`, `signal at 4/15`, `interrupted at 4/15`.
    static func ending(of session: RecordedSession) -> String {
        switch session.ending {
        case .finished: "finished"
        case .quit, .signal, .interrupted: "\(session.ending.rawValue) at \(session.stepReached)/\(session.stepCount)"
        }
    }
}
