import KneadCore

/// One session as the report reads it: only the columns its figures need, its routine by number.
struct SessionRow {
    var id: Int64
    /// Its routine's number in the `RoutineIDs` of the pass that read it.
    var routine: Int
    var startedAt: Int64
    /// The local day it started on.
    var day: CalendarDay
    var ending: SessionEnding
    /// Whether it counts towards its routine's course (`RecordedSession.countsTowardsCourse`).
    var countsTowardsCourse: Bool
    var pain: PainRatings
    var flare: Bool

    /// The ending the bytes of the `ending` column spell (NULL is `.interrupted`).
    static func ending(_ text: UnsafeBufferPointer<UInt8>) -> SessionEnding {
        spelledEndings.first { $0.bytes.count == text.count && $0.bytes.elementsEqual(text) }?.ending ?? .interrupted
    }

    /// The endings the `ending` column holds, with their bytes.
    private static let spelledEndings = [SessionEnding.finished, .quit, .signal].map { (bytes: Array($0.rawValue.utf8), ending: $0) }
}
