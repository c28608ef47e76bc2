/// Where the run loop waits for something to happen: a key, a signal, or the end of a timeout.
protocol WakeSource {
    /// Waits at most `milliseconds` (-1: without limit) and says what woke it.
    mutating func wait(milliseconds: Int32) -> Wake
    /// Stops the whole process as the default action of `signal` would (Ctrl-Z), returning
    /// when it is continued.
    func stopProcess(with signal: Int32)
}
