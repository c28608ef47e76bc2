import KneadCore

/// What a `SessionRecorder` knows of the session it records, so that any write can carry it whole.
struct RecordingSession {
    /// How the session ended, once it has.
    struct End {
        var report: SessionReport?
        var ending: SessionEnding
        var time: LocalTime
    }

    var start: SessionStartRecord
    var startedAt: LocalTime
    /// The row's id, once written.
    var id: Int64?
    /// The number (from 1) of the last step started.
    var stepReached = 1
    var end: End?
    var painAfter: Int?
}
