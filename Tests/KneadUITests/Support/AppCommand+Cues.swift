import KneadUI

extension Array where Element == AppCommand {
    /// Only the cues, for tests about sound and timing that leave the journal entries aside.
    var cues: [AppCommand] {
        filter { if case .cue = $0 { true } else { false } }
    }

    /// Only the journal entries.
    var records: [AppCommand] {
        filter { if case .record = $0 { true } else { false } }
    }
}
