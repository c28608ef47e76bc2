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

    @Test func aVersion3JournalNoLongerCountsTheStepQuitInAsSkipped() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        do {
            let old = try SQLiteConnection(path: path, create: true)
            for migration in JournalSchema.migrations.prefix(3) { try old.execute(migration) }
            try old.execute("PRAGMA user_version = 3")
            // As knead wrote them before: quitting noted the step it cut short as skipped.
            try old.execute("""
                INSERT INTO sessions (id, routine_id, routine_title, started_at, utc_offset, updated_at, ended_at, ending,
                    step_count, step_reached, steps_done, steps_skipped)
                VALUES (1, 'collar', 'Collar zone', 1796018700, 10800, 1796018760, 1796018760, 'quit', 5, 4, 1, 2),
                       (2, 'collar', 'Collar zone', 1796105100, 10800, 1796105160, 1796105160, 'finished', 5, 5, 4, 1),
                       (3, 'collar', 'Collar zone', 1796191500, 10800, 1796191510, 1796191510, 'signal', 5, 1, 0, 1),
                       (4, 'collar', 'Collar zone', 1796277900, 10800, 1796277930, NULL, NULL, 5, 3, NULL, NULL);
                INSERT INTO session_events (session_id, kind, step, detail, at) VALUES
                    (1, 'step_skipped', 2, 'Kneading (left)', 1796018760), (1, 'step_skipped', 4, 'Kneading (right)', 1796018760),
                    (2, 'step_skipped', 5, 'Rest', 1796105160),
                    (3, 'step_skipped', 1, 'Stroking', 1796191510);
                """)
            old.close()
        }
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        #expect(journal.schemaVersion == JournalSchema.currentVersion)
        let sessions = try journal.sessions()
        let byID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0) })
        let quit = try #require(byID[1]), finished = try #require(byID[2]), signal = try #require(byID[3]), interrupted = try #require(byID[4])
        #expect(quit.quitInStep == 4 && quit.stepsSkipped == 1)
        #expect(quit.events.map(\.kind) == [RecordedEvent.stepSkipped, RecordedEvent.stepQuit])
        #expect(finished.quitInStep == nil && finished.stepsSkipped == 1, "a finished session skipped its last step on purpose")
        #expect(signal.quitInStep == 1 && signal.stepsSkipped == 0)
        #expect(interrupted.quitInStep == nil && interrupted.stepsSkipped == nil && interrupted.stepReached == 3)
        let summary = try #require(try journal.summaries(routineID: "collar", since: nil, restDays: [:]).first)
        #expect(summary.skipped == [
            RoutineSummary.SkippedStep(name: "Kneading (left)", count: 1), RoutineSummary.SkippedStep(name: "Rest", count: 1),
        ], "most skipped counts the steps skipped on purpose only")
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
