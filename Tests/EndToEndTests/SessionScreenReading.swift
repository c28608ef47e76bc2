import Foundation

/// What a test reads off the session screen's header: `step 3 of 14 · 12:30 left`.
struct SessionScreenReading: Equatable {
    /// The step on show, counting from 1.
    var step: Int
    /// The number of steps in the session.
    var stepCount: Int
    /// The time left in the whole session, in seconds.
    var secondsLeft: Int

    /// A reading of these values, to compare a screen's reading with.
    init(step: Int, stepCount: Int, secondsLeft: Int) {
        self.step = step
        self.stepCount = stepCount
        self.secondsLeft = secondsLeft
    }

    /// Reads the header of `screen`, or nil when the screen has none (another screen, too narrow).
    init?(_ screen: String) {
        let pattern = /step (\d+) of (\d+) · (?:(\d+):)?(\d+):(\d\d) left/
        guard let match = screen.firstMatch(of: pattern),
              let step = Int(match.1), let stepCount = Int(match.2),
              let minutes = Int(match.4), let seconds = Int(match.5) else { return nil }
        let hours = match.3.flatMap { Int($0) } ?? 0
        self.step = step
        self.stepCount = stepCount
        self.secondsLeft = (hours * 60 + minutes) * 60 + seconds
    }
}
