import CNcurses
import Glibc

/// Turns asynchronous signals into readable events on a file descriptor (a Linux `signalfd`).
///
/// The signals are blocked for the calling thread, so no handler ever runs in the middle of
/// drawing; instead they queue up on `descriptor`, which the run loop watches with `poll`
/// beside the keyboard. Create the channel before `initscr` and before any other thread starts,
/// so every thread inherits the blocked mask.
final class SignalChannel {
    /// The signals the interactive session handles itself (SIGCHLD: a speech program ended).
    static let handledSignals: [Int32] = [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGCHLD]

    /// The descriptor that becomes readable when one of the signals is pending.
    let descriptor: Int32
    /// The signals this channel watches.
    private let signals: [Int32]
    /// The thread's signal mask before the channel blocked its signals.
    private var previousMask = sigset_t()
    /// Each signal's action before the channel (and ncurses, which installs its own) changed it.
    private var previousActions: [Int32: sigaction] = [:]

    /// Blocks `signals` for this thread and opens a descriptor that reports them.
    ///
    /// Returns nil (with the mask unchanged) when the kernel refuses a `signalfd`.
    init?(signals: [Int32] = SignalChannel.handledSignals) {
        self.signals = signals
        for signal in signals {
            var action = sigaction()
            sigaction(signal, nil, &action)
            previousActions[signal] = action
        }
        var set = Self.makeSet(signals)
        pthread_sigmask(SIG_BLOCK, &set, &previousMask)
        for signal in signals { Self.installSilentHandler(for: signal) }
        let descriptor = signalfd(-1, &set, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        if descriptor < 0 {
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
            return nil
        }
        self.descriptor = descriptor
    }

    /// Reads every pending signal, in the order the kernel reports them, without waiting.
    func readPending() -> [Int32] {
        var received: [Int32] = []
        var info = signalfd_siginfo()
        let size = MemoryLayout<signalfd_siginfo>.size
        while true {
            let count = withUnsafeMutableBytes(of: &info) { read(descriptor, $0.baseAddress, size) }
            if count == size {
                received.append(Int32(bitPattern: info.ssi_signo))
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return received
            }
        }
    }

    /// Lets `signal` take its default action now: resets its disposition, unblocks it and raises it.
    ///
    /// For SIGINT, SIGTERM and SIGHUP this ends the process with the signal's status; for
    /// SIGTSTP it stops the process, and returns once the process is continued, with the signal
    /// blocked again.
    func raiseWithDefaultAction(_ signal: Int32) {
        Glibc.signal(signal, SIG_DFL)
        var set = Self.makeSet([signal])
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        Self.installSilentHandler(for: signal)
    }

    /// Closes the descriptor and restores the signal actions and mask from before the channel.
    ///
    /// Pending signals are discarded first, so a late resize or Ctrl-C cannot reach a handler
    /// that ncurses left behind.
    func close() {
        _ = readPending()
        for (signal, action) in previousActions {
            var action = action
            sigaction(signal, &action, nil)
        }
        _ = Glibc.close(descriptor)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
    }

    /// A signal set holding exactly `signals`.
    /// Gives `signal` a handler that does nothing, in place of the default action.
    ///
    /// The handler never runs: the signal stays blocked and arrives through the descriptor.
    /// It is there for ncurses, which takes over any of these signals it finds at its default
    /// action, and which otherwise sets SIGTSTP to "ignore" around every screen update: a
    /// Ctrl-Z pressed just then would be thrown away, because ignoring a signal discards it
    /// even while it waits blocked.
    private static func installSilentHandler(for signal: Int32) {
        Glibc.signal(signal) { _ in }
    }

    private static func makeSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }
}
