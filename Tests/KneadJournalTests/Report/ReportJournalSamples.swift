import KneadCore
@testable import KneadJournal

/// Journals written row by row for the report's tests, with what a recorder would never
/// write on its own: sessions out of the order of their starts, starts shared, time zones changed.
enum ReportJournalSamples {
    /// One session's row, and the events noted during it as (kind, detail).
    struct Row {
        var routine: String
        var title: String
        var startedAt: Int64
        var utcOffset: Int = 3 * 3600
        var ending: SessionEnding?
        var stepReached = 3
        var before: Int?
        var after: Int?
        var flare = false
        var events: [(kind: String, detail: String?)] = []
    }

    /// Writes `rows` in their order, ids rising, into the journal at `path`, new or not.
    static func write(_ rows: [Row], to journal: Journal) throws {
        let session = try journal.connection.prepare("""
            INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset, updated_at, ending, step_count, step_reached,
                pain_before, pain_after, flare)
            VALUES (?1, ?2, ?3, ?4, ?3, ?5, 5, ?6, ?7, ?8, ?9)
            """)
        let event = try journal.connection.prepare("INSERT INTO session_events (session_id, kind, step, detail, at) VALUES (?1, ?2, 2, ?3, ?4)")
        for row in rows {
            try session.run([
                .text(row.routine), .text(row.title), .integer(row.startedAt), .integer(row.utcOffset),
                .text(row.ending == .interrupted ? nil : row.ending?.rawValue), .integer(row.stepReached),
                .integer(row.before), .integer(row.after), .integer(row.flare ? 1 : 0),
            ])
            let id = journal.connection.lastInsertedRowID
            for noted in row.events { try event.run([.integer(id), .text(noted.kind), .text(noted.detail), .integer(row.startedAt)]) }
        }
    }

    /// `count` sessions of three routines over about two years, varied by fixed rules rather
    /// than chance so every run is the same: gaps of up to three days, now and then a start
    /// put back by a week (a clock set wrong) or shared with the session before, three time
    /// zones, every ending, ratings missing, and steps skipped and "it hurts" pressed with names
    /// the routines share, Cyrillic among them.
    static func varied(count: Int) -> [Row] {
        let routines = [("collar", "Collar zone"), ("honey", "Honey massage"), ("neck-classic", "Classic neck")]
        let steps: [String?] = ["Stroking", "Kneading (left)", "Разминание", nil]
        let endings: [SessionEnding?] = [.finished, .finished, .quit, .finished, .signal, nil, .finished]
        var rows: [Row] = []
        var start: Int64 = 1_796_018_700
        for index in 0..<count {
            start += Int64(index * 37 % 4) * 86_400 + Int64(index * 13 % 7) * 3600
            var startedAt = start
            if index % 17 == 16 { startedAt -= 7 * 86_400 }
            if index % 23 == 22, let previous = rows.last { startedAt = previous.startedAt }
            let (routine, title) = routines[(index * 5 + index / 7) % 3]
            var row = Row(
                routine: routine, title: title + (index % 29 == 0 ? " (\(index))" : ""), startedAt: startedAt,
                utcOffset: [3, -5, 0, 14][index / 50 % 4] * 3600, ending: endings[index % endings.count], stepReached: index % 5,
                before: index % 11 == 3 ? nil : index * 7 % 11, after: index % 9 == 4 ? nil : index * 3 % 8, flare: index % 19 == 5
            )
            if index % 3 == 0 { row.events.append((RecordedEvent.stepSkipped, steps[index / 3 % 4])) }
            if index % 4 == 1 { row.events.append((RecordedEvent.itHurts, steps[index / 4 % 4])) }
            if index % 6 == 2 { row.events.append((RecordedEvent.itHurts, steps[(index / 6 + 1) % 4])) }
            if index % 5 == 4 { row.events.append((RecordedEvent.stepQuit, steps[0])) }
            rows.append(row)
        }
        return rows
    }
}
