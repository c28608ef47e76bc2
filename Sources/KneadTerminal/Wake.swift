/// Why the run loop stopped waiting: keys, signals, the terminal going away, or time.
struct Wake: Equatable {
    /// Keys are waiting to be read.
    var keysWaiting = false
    /// The signals that arrived, in order.
    var signals: [Int32] = []
    /// The terminal's input closed or failed, as when its window is closed.
    var inputClosed = false
    /// The wait itself failed; the loop cannot go on.
    var failed = false

    /// Nothing happened: the wait timed out.
    static let timedOut = Wake()
}
