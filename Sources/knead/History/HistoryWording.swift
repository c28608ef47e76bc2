import KneadCore

/// How the history writes a session's end.
enum HistoryWording {
    /// `finished`, `quit in step 4 of 15`, `signal in step 4 of 15`, `interrupted at 4/15`;
    /// «прерван на шаге 4 из 15».
    ///
    /// A session quit before the journal kept the step it was quit in says how far it got instead:
    /// `quit at 4/15`.
    static func ending(of session: RecordedSession, in words: Wording) -> String {
        switch (session.ending, session.quitInStep) {
        case (.finished, _): words[.cliHistoryFinished]
        case (.quit, let step?): words(.cliHistoryQuitInStep, step, session.stepCount)
        case (.signal, let step?): words(.cliHistorySignalInStep, step, session.stepCount)
        case (.quit, nil): words(.cliHistoryQuit, reached(session))
        case (.signal, nil): words(.cliHistorySignal, reached(session))
        case (.interrupted, _): words(.cliHistoryInterrupted, reached(session))
        }
    }

    /// The step the session reached of all its steps: `4/15`.
    private static func reached(_ session: RecordedSession) -> String {
        "\(session.stepReached)/\(session.stepCount)"
    }
}
