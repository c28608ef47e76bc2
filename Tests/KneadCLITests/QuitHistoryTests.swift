import CSQLite
import Foundation
import Testing

/// Quitting during a step is not skipping it, through the built binary: the history says
/// where a session was quit, and the report's "most skipped" counts skips only, for sessions
/// recorded now and for those an older knead left in the journal.
@Suite("Quitting in the history and the report")
struct QuitHistoryTests {
    @Test func aSessionEndedByCtrlCShowsTheStepItWasQuitInAndSkippedNothing() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let knead = try RunningKnead(["run", "collar", "--plain", "--time-scale", "50", "--journal", journal])
        #expect(knead.waitForOutput(containing: "step 2/15"))
        knead.process.interrupt()
        let ending = knead.finish()
        #expect(knead.process.terminationReason == .uncaughtSignal && ending.status == SIGINT, "\(ending.errors)")
        let quitIn = try #require(knead.printed.split(separator: "\n").last { $0.contains("  step ") }?.split(separator: " ").first { $0.contains("/15") })
        let step = try #require(Int(quitIn.prefix { $0 != "/" }))

        let table = try KneadBinary.run(["history", "--journal", journal])
        #expect(table.output.contains("signal in step \(step) of 15"), "\(table.output)")
        let json = try KneadBinary.run(["history", "--json", "--journal", journal])
        let session = try #require((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])?.first)
        #expect(session["quitInStep"] as? Int == step && session["stepsSkipped"] as? Int == 0, "\(session)")
        let report = try KneadBinary.run(["report", "--journal", journal])
        #expect(report.output.contains("  Most skipped   no step skipped\n"), "\(report.output)")
    }

    @Test func aJournalAnOlderKneadWroteIsReadWithTheStepQuitInApart() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let made = try KneadBinary.run(["run", "collar", "--plain", "--time-scale", "5000", "--journal", journal])
        #expect(made.status == 0, "\(made.errors)")
        // A session quit in step 4 after skipping step 2, as knead wrote it before schema 4:
        // both noted as skipped.
        try execute("""
            INSERT INTO sessions (id, routine_id, routine_title, started_at, utc_offset, updated_at, ended_at, ending,
                step_count, step_reached, steps_done, steps_skipped)
            VALUES (2, 'collar', 'Collar zone, step by step', 1796018700, 10800, 1796018760, 1796018760, 'quit', 15, 4, 2, 2);
            INSERT INTO session_events (session_id, kind, step, detail, at) VALUES
                (2, 'step_skipped', 2, 'Kneading, left side', 1796018760), (2, 'step_skipped', 4, 'Kneading, right side', 1796018760);
            PRAGMA user_version = 3;
            """, in: journal)

        let table = try KneadBinary.run(["history", "--journal", journal])
        #expect(table.status == 0, "\(table.errors)")
        let row = try #require(table.output.split(separator: "\n").first { $0.hasPrefix(" 2  ") }, "\(table.output)")
        #expect(row.contains("2/15  quit in step 4 of 15"), "\(table.output)")
        let report = try KneadBinary.run(["report", "--journal", journal])
        #expect(report.output.contains("  Most skipped   Kneading, left side once\n"), "\(report.output)")
        let russian = try KneadBinary.run(["history", "--journal", journal], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.output.contains("прерван на шаге 4 из 15"), "\(russian.output)")
    }

    /// Runs `sql` on the journal at `path`, as another program would.
    private func execute(_ sql: String, in path: String) throws {
        var database: OpaquePointer?
        try #require(sqlite3_open_v2(path, &database, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK)
        defer { sqlite3_close(database) }
        try #require(sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK, "\(String(cString: sqlite3_errmsg(database)))")
    }
}
