import Foundation
import Testing

/// Another program holds the journal's write lock from before a session until after it ends:
/// the session is kept beside the journal, the person is told where it stands, and it goes into
/// the journal as soon as the lock is gone, when knead next opens it.
@Suite("A journal locked by another program")
struct LockedJournalTests {
    /// A second process holding the journal's write lock (`BEGIN IMMEDIATE` with Python's sqlite3)
    /// until it is released.
    private final class LockHolder {
        private let process = Process()
        private let input = Pipe()
        private let output = Pipe()

        init(journal: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-c",
                """
                import sqlite3, sys
                connection = sqlite3.connect(sys.argv[1], isolation_level=None)
                connection.execute("BEGIN IMMEDIATE")
                print("locked", flush=True)
                sys.stdin.read()
                connection.execute("COMMIT")
                """,
                journal,
            ]
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            var said = ""
            while !said.hasSuffix("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                said += String(decoding: chunk, as: UTF8.self)
            }
            try #require(said == "locked\n", "the lock was not taken: \(said)")
        }

        /// Lets the lock go and waits for the process to end.
        func release() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test func aSessionDuringALockIsKeptBesideTheJournalAndWrittenOnceTheLockGoes() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let first = try KneadBinary.run(["run", "honey", "--plain", "--time-scale", "5000", "--journal", journal])
        #expect(first.status == 0, "\(first.errors)")

        let lock = try LockHolder(journal: journal)
        let locked = try KneadBinary.run(["run", "collar", "--plain", "--time-scale", "5000", "--pain-before", "5", "--pain-after", "2", "--journal", journal])
        #expect(locked.status == 0, "\(locked.errors)")
        #expect(locked.output.contains("7:10  finished: 15 steps done, 0 skipped\nPain 5 → 2\n"), "the session ran as usual: \(locked.output)")
        #expect(locked.errors == """
            journal: \(journal) is busy (another program is writing to it); this session will be written to it as soon as it is free
            journal: \(journal) is still busy; what could not be written yet is kept in \(journal).pending and goes into the journal as soon as it is free (at the latest when knead next starts)

            """, "\(locked.errors)")
        #expect(FileManager.default.fileExists(atPath: journal + ".pending"))
        lock.release()

        let history = try KneadBinary.run(["history", "--json", "--journal", journal])
        #expect(history.status == 0)
        #expect(history.errors == "journal: \(journal) was busy for a while; everything is recorded now\n", "\(history.errors)")
        #expect(!FileManager.default.fileExists(atPath: journal + ".pending"), "removed once written")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
        #expect(sessions.map { $0["routine"] as? String } == ["honey", "collar"])
        let collar = sessions[1]
        #expect(collar["ending"] as? String == "finished" && collar["stepsDone"] as? Int == 15, "\(collar)")
        #expect(collar["painBefore"] as? Int == 5 && collar["painAfter"] as? Int == 2, "\(collar)")
        let again = try KneadBinary.run(["history", "--journal", journal])
        #expect(again.errors.isEmpty, "nothing waits any more: \(again.errors)")
    }

    @Test func theNextSessionWritesWhatWaitsBeforeItsOwnAndSaysSoOnce() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let session = ["--plain", "--time-scale", "5000", "--journal", journal]
        #expect(try KneadBinary.run(["run", "honey"] + session).status == 0)
        let lock = try LockHolder(journal: journal)
        #expect(try KneadBinary.run(["run", "collar"] + session).status == 0)
        lock.release()

        let next = try KneadBinary.run(["run", "lumbar"] + session)
        #expect(next.status == 0)
        #expect(next.errors == "journal: \(journal) was busy for a while; everything is recorded now\n", "\(next.errors)")
        let history = try KneadBinary.run(["history", "--json", "--journal", journal])
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
        #expect(sessions.map { $0["routine"] as? String } == ["honey", "collar", "lumbar"], "in the order they ran")
    }
}
