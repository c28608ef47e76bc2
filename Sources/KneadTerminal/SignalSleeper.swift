import Glibc

/// Sleeps until a deadline or one of a few signals, for the plain line-by-line runner.
///
/// The signals are blocked and read from a `signalfd`, as in the full-screen session, so a
/// Ctrl-C, SIGTERM or SIGHUP can first stop any speech still going, and a SIGCHLD can collect
/// an ended speech program.
public final class SignalSleeper {
    /// The signals it wakes for: the three that end a session, and SIGCHLD.
    public static let watchedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGCHLD]

    private let channel: SignalChannel

    /// Blocks the watched signals; nil when the kernel refuses a `signalfd`.
    public init?() {
        guard let channel = SignalChannel(signals: Self.watchedSignals) else { return nil }
        self.channel = channel
    }

    /// Sleeps for at most `milliseconds` (-1: without limit) and returns the signals that woke it.
    public func sleep(milliseconds: Int32) -> [Int32] {
        var descriptor = pollfd(fd: channel.descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return [] }
        return channel.readPending()
    }

    /// Ends the process as `signal`'s default action would, after restoring the signal mask.
    public func endProcess(with signal: Int32) {
        channel.raiseWithDefaultAction(signal)
    }

    /// Unblocks the signals and closes the descriptor.
    public func close() {
        channel.close()
    }
}
