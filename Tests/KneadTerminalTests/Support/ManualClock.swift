import KneadCore
@testable import KneadTerminal

/// A clock that moves only when a test moves it.
final class ManualClock: LoopClock {
    /// The instant now.
    var current = Instant.seconds(0)

    func now() -> Instant { current }

    func pollTimeout(until deadline: Instant?, from now: Instant) -> Int32 {
        guard let deadline else { return -1 }
        let milliseconds = ((deadline - now).inSeconds * 1000).rounded(.up)
        return Int32(max(0, milliseconds))
    }
}
