import Glibc
import KneadCore
@testable import KneadTerminal

/// A wake source that plays a script: each entry happens a number of milliseconds after the
/// previous one, moving the clock, unless the run loop's timeout runs out first.
struct ScriptedWakes: WakeSource {
    /// Something that happens to the terminal.
    enum Happening {
        case input([TerminalInput])
        case signal(Int32)
        case resize(width: Int, height: Int)
        case inputClosed
    }

    /// What the run loop asked of the source, shared with the test.
    final class Log {
        /// Each timeout the loop waited with, in milliseconds (-1: no limit).
        var timeouts: [Int32] = []
        /// The signals the loop stopped the process with.
        var stops: [Int32] = []
    }

    private var script: [(afterMilliseconds: Int, happening: Happening)]
    private let terminal: MemoryTerminal
    private let clock: ManualClock
    let log = Log()

    init(_ script: [(afterMilliseconds: Int, happening: Happening)], terminal: MemoryTerminal, clock: ManualClock) {
        self.script = script
        self.terminal = terminal
        self.clock = clock
    }

    mutating func wait(milliseconds: Int32) -> Wake {
        log.timeouts.append(milliseconds)
        guard let next = script.first else { return Wake(failed: true) }
        if milliseconds >= 0 && Int(milliseconds) < next.afterMilliseconds {
            script[0].afterMilliseconds -= Int(milliseconds)
            clock.current = clock.current + .milliseconds(Int64(milliseconds))
            return .timedOut
        }
        script.removeFirst()
        clock.current = clock.current + .milliseconds(Int64(next.afterMilliseconds))
        switch next.happening {
        case .input(let inputs):
            terminal.pendingInput += inputs
            return Wake(keysWaiting: true)
        case .signal(let signal):
            return Wake(signals: [signal])
        case .resize(let width, let height):
            terminal.size = TerminalSize(width: width, height: height)
            return Wake(signals: [SIGWINCH])
        case .inputClosed:
            return Wake(inputClosed: true)
        }
    }

    func stopProcess(with signal: Int32) {
        log.stops.append(signal)
    }
}
