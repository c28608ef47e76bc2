import KneadCore

/// Instants of the journal written for people and for exports.
enum WallClockText {
    /// ISO 8601 with the UTC offset (in seconds) it was recorded with: `2026-11-30T09:05:12+03:00`.
    static func iso(_ unixSeconds: Int64, offset: Int) -> String {
        LocalTime(unixSeconds: unixSeconds, utcOffsetSeconds: offset).iso8601
    }

    /// `Mon 2026-11-30 09:05` (`пн 2026-11-30 09:05` in Russian), as the history table writes a session's start.
    static func tableDate(_ session: RecordedSession, in words: Wording = .english) -> String {
        let time = LocalTime(unixSeconds: session.startedAt, utcOffsetSeconds: session.utcOffsetSeconds)
        return "\(words.weekday(time.day)) \(time.day.iso) \(time.hoursMinutes)"
    }
}
