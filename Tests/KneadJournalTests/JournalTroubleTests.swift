import CSQLite
import Foundation
import KneadCore
import Testing
@testable import KneadJournal

/// The bad cases: a damaged, empty, locked or full journal. The session always goes on with a
/// warning, and nothing that was there is ever lost.
@Suite struct JournalTroubleTests {
    private static let report = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)

    @Test(arguments: [
        ("a text file", Array("these are my notes, not a database\n".utf8)),
        ("random bytes", (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
    ])
    func aFileThatIsNotADatabaseIsMovedAsideAndANewJournalStarted(kind: String, bytes: [UInt8]) throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        JournalFixtures.write(bytes, to: path)
        let opening = Journal.openForRecording(at: path, now: JournalFixtures.morning)
        let moved = path + ".damaged-20261130-0905"
        #expect(opening.warnings == ["journal: \(path) could not be read; it was kept as \(moved) and a new journal started"], "\(kind)")
        #expect(JournalFixtures.contents(of: moved) == bytes, "the old file is kept byte for byte")
        let journal = try #require(opening.journal)
        SessionRecorder(journal: journal).record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        #expect(try journal.sessions().count == 1)
    }

    @Test func aSecondDamagedFileTheSameMinuteGetsANameOfItsOwn() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        for text in ["first", "second"] {
            JournalFixtures.write(Array(text.utf8) + [UInt8](repeating: 1, count: 200), to: path)
            #expect(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal != nil)
        }
        #expect(JournalFixtures.names(in: folder).filter { $0.contains("damaged") } == [
            "journal.sqlite3.damaged-20261130-0905", "journal.sqlite3.damaged-20261130-0905-2",
        ])
        #expect(JournalFixtures.contents(of: path + ".damaged-20261130-0905").prefix(5) == ArraySlice("first".utf8))
    }

    @Test func aZeroByteFileBecomesTheJournal() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        JournalFixtures.write([], to: path)
        let opening = Journal.openForRecording(at: path, now: JournalFixtures.morning)
        #expect(opening.warnings.isEmpty)
        #expect(opening.journal?.schemaVersion == JournalSchema.currentVersion)
        #expect(JournalFixtures.names(in: folder).allSatisfy { !$0.contains("damaged") })
    }

    @Test func pagesDamagedBehindAValidHeaderAreFoundAtAWriteAndTheSessionGoesOnInANewJournal() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        do {
            let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
            let recorder = SessionRecorder(journal: journal)
            for offset in 0..<300 {
                recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.later(Int64(offset)))
                recorder.record(.sessionEnded(Self.report, .finished), at: JournalFixtures.later(Int64(offset)))
            }
            try journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            journal.close()
        }
        var bytes = JournalFixtures.contents(of: path)
        #expect(bytes.count > 8 * 4096)
        for index in (2 * 4096)..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        JournalFixtures.write(bytes, to: path)

        let opening = Journal.openForRecording(at: path, now: JournalFixtures.morning)
        let recorder = SessionRecorder(journal: opening.journal, warnings: opening.warnings)
        recorder.record(.sessionStarted(JournalFixtures.start(routine: "honey")), at: JournalFixtures.later(1000))
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(1010))
        recorder.record(.sessionEnded(Self.report, .finished), at: JournalFixtures.later(1020))
        #expect(recorder.warnings.contains { $0.contains("it was kept as \(path).damaged-") }, "\(recorder.warnings)")
        let damaged = try #require(JournalFixtures.names(in: folder).first { $0.hasPrefix("journal.sqlite3.damaged-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
        #expect(JournalFixtures.contents(of: folder + "/" + damaged) == bytes, "the damaged file is kept byte for byte")
        let fresh = try #require(try Journal.openExisting(at: path))
        let sessions = try fresh.sessions()
        #expect(sessions.map(\.routineID) == ["honey"], "the session under way went on in the new journal")
        #expect(sessions.first?.ending == .finished && sessions.first?.stepReached == 5)
    }

    @Test func readingADamagedJournalReportsItAndLeavesTheFileAlone() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        JournalFixtures.write(Array("not a database at all, but the person's file".utf8), to: path)
        #expect(throws: JournalError.self) { try Journal.openExisting(at: path) }
        #expect(JournalFixtures.names(in: folder) == ["journal.sqlite3"])
    }

    @Test func aLockedJournalGivesAWarningAndTheNextWriteCatchesUp() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        let recorder = SessionRecorder(journal: journal)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)

        let other = try SQLiteConnection(path: path, create: false)
        try other.execute("BEGIN EXCLUSIVE")
        let clock = ContinuousClock()
        let started = clock.now
        let warning = recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(30))
        let waited = clock.now - started
        #expect(warning == "journal: \(path) is busy (another program is writing to it); this session will be written to it as soon as it is free")
        #expect(waited < .seconds(1), "a lock never stalls the session for long (waited \(waited))")
        try other.execute("COMMIT")
        other.close()

        #expect(recorder.record(.stepStarted(index: 2), at: JournalFixtures.later(60)) == nil)
        #expect(try journal.sessions().first?.stepReached == 3)
        #expect(recorder.warnings.last == "journal: \(path) was busy for a while; everything is recorded now")
        #expect(!FileManager.default.fileExists(atPath: path + ".pending"), "nothing waits")
    }

    @Test func aFullDiskGivesAWarningAndKeepsWhatWasWritten() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        let recorder = SessionRecorder(journal: journal)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        recorder.record(.sessionEnded(Self.report, .finished), at: JournalFixtures.later(60))
        // The disk fills: the file may grow no more pages (SQLite answers SQLITE_FULL, as on a full disk).
        let pages = try #require(try journal.connection.singleInteger("PRAGMA page_count"))
        _ = try journal.connection.singleInteger("PRAGMA max_page_count = \(pages)")
        var long = JournalFixtures.start()
        long.routineTitle = String(repeating: "long title ", count: 2000)
        var warnings: [String] = []
        for offset in 1...5 {
            if let warning = recorder.record(.sessionStarted(long), at: JournalFixtures.later(Int64(offset * 100))) { warnings.append(warning) }
        }
        #expect(warnings == ["journal: cannot write \(path): database or disk is full"])
        let sessions = try journal.sessions()
        #expect(sessions.count == 1 && sessions.first?.ending == .finished, "what was written stays whole")
    }
}
