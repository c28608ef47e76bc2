import CSQLite
import Foundation
import KneadCore
import Testing
@testable import KneadJournal

/// The journal's file: created in WAL at the current schema, and brought up from every earlier version.
@Suite struct JournalSchemaTests {
    @Test func aNewJournalIsCreatedWithItsFolderInWALAtTheCurrentVersion() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/deep/er/journal.sqlite3"
        let opening = Journal.openForRecording(at: path, now: JournalFixtures.morning)
        #expect(opening.warnings.isEmpty)
        let journal = try #require(opening.journal)
        #expect(journal.schemaVersion == JournalSchema.currentVersion)
        #expect(try journal.connection.singleText("PRAGMA journal_mode") == "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the journal is readable by its owner alone")
        let tables = try journal.connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").rows()
        #expect(tables.contains([.text("sessions")]) && tables.contains([.text("session_events")]))
    }

    @Test(arguments: 0..<JournalSchema.currentVersion)
    func aJournalOfAnEarlierVersionIsMigratedAndKeepsItsSessions(version: Int) throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        do {
            let old = try SQLiteConnection(path: path, create: true)
            for migration in JournalSchema.migrations.prefix(version) { try old.execute(migration) }
            try old.execute("PRAGMA user_version = \(version)")
            if version >= 1 {
                try old.execute("""
                    INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset, updated_at, ended_at, ending,
                        step_count, step_reached, steps_done, steps_skipped, active_seconds, paused_seconds, pain_before, pain_after, options)
                    VALUES ('honey', 'Honey massage', 1796018700, 10800, 1796019500, 1796019500, 'finished', 5, 5, 5, 0, 800, 0, 7, 4, 'bell=off')
                    """)
            }
            old.close()
        }
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        #expect(journal.schemaVersion == JournalSchema.currentVersion)
        let sessions = try journal.sessions()
        #expect(sessions.count == (version >= 1 ? 1 : 0))
        if let honey = sessions.first {
            #expect(honey.routineID == "honey" && honey.pain == PainRatings(before: 7, after: 4) && honey.ending == .finished)
            #expect(honey.courseLimitOverridden == false, "a column added later has its default for old rows")
            #expect(honey.soreSide == nil && !honey.flare && !honey.gentle, "so have the sore side, flare and gentle mode")
        }
        let recorder = SessionRecorder(journal: journal)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        #expect(recorder.warnings.isEmpty)
        #expect(try journal.sessions().count == sessions.count + 1)
    }

    @Test func aJournalOfANewerVersionIsLeftExactlyAsItIs() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let newer = try SQLiteConnection(path: path, create: true)
        try newer.execute("CREATE TABLE future (x); PRAGMA user_version = 99")
        newer.close()
        let before = JournalFixtures.contents(of: path)
        let opening = Journal.openForRecording(at: path, now: JournalFixtures.morning)
        #expect(opening.journal == nil)
        #expect(opening.warnings.first?.contains("newer knead (schema version 99)") == true, "\(opening.warnings)")
        #expect(JournalFixtures.contents(of: path) == before)
        #expect(JournalFixtures.names(in: folder) == ["journal.sqlite3"])
    }
}
