import Glibc

/// Waits in `poll()` on the terminal's input and the signal descriptor.
struct PollWakeSource: WakeSource {
    /// The blocked signals, readable as a descriptor.
    let signals: SignalChannel

    mutating func wait(milliseconds: Int32) -> Wake {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if ready < 0 { return errno == EINTR ? .timedOut : Wake(failed: true) }
        let input = descriptors[0].revents
        return Wake(
            keysWaiting: input & Int16(POLLIN) != 0,
            signals: descriptors[1].revents != 0 ? signals.readPending() : [],
            inputClosed: input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        )
    }

    func stopProcess(with signal: Int32) {
        signals.raiseWithDefaultAction(signal)
    }
}
