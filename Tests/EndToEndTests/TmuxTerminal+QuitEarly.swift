import Testing

extension TmuxTerminal {
    /// Quits the session on show before its end: `q`, `y` on the question, `s` to skip the pain
    /// question after it; returns the summary that follows ("Session ended early").
    ///
    /// Each screen is waited for in turn; one that does not come is recorded as a failure at
    /// the caller, and nil is returned.
    @discardableResult
    func quitSessionEarly(sourceLocation: SourceLocation = #_sourceLocation) async throws -> String? {
        try sendKeys("q")
        guard await waitForScreen(containing: "Quit this session? y/n", sourceLocation: sourceLocation) != nil else { return nil }
        try sendKeys("y")
        guard await waitForScreen(containing: "And now, after the session?", sourceLocation: sourceLocation) != nil else { return nil }
        try sendKeys("s")
        return await waitForScreen(containing: "Session ended early", sourceLocation: sourceLocation)
    }
}
