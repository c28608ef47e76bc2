import CSQLite
import Foundation
import Testing

/// A journal in a temporary folder whose sessions start at literal local times, for the
/// commands that speak of today (`status`, `remind`, `calendar`); `KNEAD_NOW` fixes today.
struct CourseJournal {
    let folder: URL
    var path: String { folder.appendingPathComponent("data/knead/journal.sqlite3").path }

    /// The variables that keep every run inside the folder, with now fixed at `now`.
    func environment(now: String, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "KNEAD_NOW": now,
        ].merging(extra) { $1 }
    }

    /// A journal made by one plain session (so it has knead's schema) and a `knead status` (so
    /// it has every bundled routine's course rules), then emptied; `remove()` deletes the folder.
    init(sourceLocation: SourceLocation = #_sourceLocation) throws {
        folder = try KneadBinary.temporaryFolder()
        let made = try KneadBinary.run(
            ["run", "self-massage", "--plain", "--time-scale", "5000"], environment: environment(now: "2026-01-01T00:00:00Z")
        )
        #expect(made.status == 0, "\(made.errors)", sourceLocation: sourceLocation)
        // The long status notes every routine's course rules in the journal, as the picker does.
        _ = try KneadBinary.run(["status"], environment: environment(now: "2026-01-01T00:00:00Z"))
        try execute("DELETE FROM sessions")
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Adds a session of `routine` that started at `local` (`2026-01-12T09:05:00+03:00`), finished
    /// by default, or quit at `stepReached`, with the pain ratings given.
    func add(_ routine: String, at local: String, ending: String = "finished", stepReached: Int = 5, pain: (Int, Int)? = nil) throws {
        let offsetText = String(local.suffix(6))
        let sign = offsetText.hasPrefix("-") ? -1 : 1
        let offset = sign * (Int(offsetText.dropFirst().prefix(2))! * 3600 + Int(offsetText.suffix(2))! * 60)
        let formatter = ISO8601DateFormatter()
        let date = try #require(formatter.date(from: local), "not a date: \(local)")
        let start = Int(date.timeIntervalSince1970)
        let ratings = pain.map { "\($0.0), \($0.1)" } ?? "NULL, NULL"
        try execute("""
            INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset, updated_at, ended_at, ending, step_count,
                step_reached, pain_before, pain_after)
            VALUES ('\(routine)', '\(routine)', \(start), \(offset), \(start + 600), \(start + 600), '\(ending)', 5, \(stepReached), \(ratings))
            """)
    }

    /// Runs `sql` on the journal.
    func execute(_ sql: String) throws {
        var database: OpaquePointer?
        guard sqlite3_open_v2(path, &database, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        defer { sqlite3_close(database) }
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(database, sql, nil, nil, &message)
        if code != SQLITE_OK {
            Issue.record("SQL failed: \(message.map { String(cString: $0) } ?? "\(code)")")
        }
    }
}
