import KneadCore

/// The box that opens when the "it hurts" key is pressed during a session: ease off, strong
/// pain means stop, and one key for each way on. Its own small state machine.
///
/// The first press offers going on gently as the default (or resuming, when the session is
/// already gentle); a second press in the same session recommends ending, and Enter ends.
public struct ItHurtsBox: Hashable, Sendable {
    /// How many times the key was pressed in this session, this press included.
    public let press: Int
    /// Whether the session already runs in gentle mode, so going on gently changes nothing.
    public let alreadyGentle: Bool
    /// Whether the session was running when the key was pressed, so resuming runs it again.
    public let wasRunning: Bool

    public init(press: Int, alreadyGentle: Bool, wasRunning: Bool) {
        self.press = press
        self.alreadyGentle = alreadyGentle
        self.wasRunning = wasRunning
    }

    /// Whether knead recommends ending: the key was pressed before in this session.
    public var recommendsEnding: Bool { press >= 2 }

    /// The choice Enter takes.
    public var defaultChoice: ItHurtsChoice {
        recommendsEnding ? .end : (alreadyGentle ? .resume : .gentle)
    }

    /// The choices offered, in the order shown.
    public var choices: [ItHurtsChoice] {
        alreadyGentle ? [.skip, .end, .resume] : [.gentle, .skip, .end, .resume]
    }

    /// The choice `key` makes, or nil when it makes none (the box stays open).
    public func choice(for key: Key) -> ItHurtsChoice? {
        switch ItHurtsCommand.bindings.command(for: key) {
        case .choose(let choice): choices.contains(choice) ? choice : nil
        case .takeDefault: defaultChoice
        case nil: nil
        }
    }

    /// What the session is told for `choice` at `now`: the way on, then (when the session was
    /// running before the key paused it) a resume; ending needs no resume.
    public func events(for choice: ItHurtsChoice, at now: Instant) -> [SessionEvent] {
        let resume: [SessionEvent] = wasRunning ? [.pauseKeyPressed(at: now)] : []
        switch choice {
        case .gentle: return [.gentleModeChosen(at: now)] + resume
        case .skip: return [.nextKeyPressed(at: now)] + resume
        case .end: return [.quitConfirmed(at: now)]
        case .resume: return resume
        }
    }
}
