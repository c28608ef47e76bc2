import CSQLite
import Foundation
import Testing

/// The journal through hard endings and company: `kill -9` at random moments, two sessions
/// at once, two first launches racing on a missing file.
@Suite("Journal durability")
struct JournalDurabilityTests {
    /// The result of `PRAGMA integrity_check` on `path`.
    private func integrityCheck(_ path: String) throws -> String {
        var database: OpaquePointer?
        guard sqlite3_open_v2(path, &database, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return "cannot open" }
        defer { sqlite3_close(database) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "PRAGMA integrity_check", -1, &statement, nil) == SQLITE_OK else { return "cannot prepare" }
        defer { sqlite3_finalize(statement) }
        var lines: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW { lines.append(String(cString: sqlite3_column_text(statement, 0))) }
        return lines.joined(separator: "\n")
    }

    private func sessions(_ journal: String) throws -> [[String: Any]] {
        let result = try KneadBinary.run(["history", "--json", "--journal", journal])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    }

    @Test func twentyKillsAtRandomMomentsLeaveEverySessionWholeAndTheFileIntact() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for _ in 0..<20 {
            // 430 s of routine at 400× take about 1.1 s; the kill comes at a random moment of them.
            let knead = try RunningKnead(["run", "collar", "--plain", "--time-scale", "400", "--journal", journal])
            #expect(knead.waitForOutput(containing: "step 1/15"), "the session started:\n\(knead.printed)")
            usleep(UInt32.random(in: 0...1_200_000, using: &generator))
            if knead.process.isRunning {
                kill(knead.process.processIdentifier, SIGKILL)
                killed += 1
            }
            _ = knead.finish()
        }
        #expect(killed >= 10, "most sessions were killed, not finished (\(killed) of 20)")
        #expect(try integrityCheck(journal) == "ok")
        let recorded = try sessions(journal)
        #expect(recorded.count == 20, "every session is there")
        for session in recorded {
            let ending = session["ending"] as? String
            let reached = session["stepReached"] as? Int ?? 0
            switch ending {
            case "finished":
                #expect(session["endedAt"] is String && reached == 15 && session["stepsDone"] as? Int == 15, "\(session)")
            case "interrupted":
                #expect(session["endedAt"] is NSNull && session["stepsDone"] is NSNull && (1...15).contains(reached), "none torn: \(session)")
            default:
                Issue.record("a session neither finished nor interrupted: \(session)")
            }
        }
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aPlainSessionEndedByASignalSaysSoAndEndsByIt(signal: Int32) throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        let knead = try RunningKnead(["run", "collar", "--plain", "--time-scale", "50", "--pain-before", "4", "--journal", journal])
        #expect(knead.waitForOutput(containing: "step 3/15"))
        kill(knead.process.processIdentifier, signal)
        let end = knead.finish()
        #expect(knead.process.terminationReason == .uncaughtSignal && end.status == signal, "it ends by the signal itself")
        let session = try #require(try sessions(journal).first)
        #expect(session["ending"] as? String == "signal")
        #expect(session["painBefore"] as? Int == 4)
        #expect((3...15).contains(session["stepReached"] as? Int ?? 0))
        #expect(session["stepsDone"] as? Int == (session["stepReached"] as? Int ?? 0) - 1, "\(session)")
        #expect((session["activeSeconds"] as? Double ?? 0) > 25)
    }

    @Test func twoSessionsAtOnceBothRecord() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite3").path
        _ = try KneadBinary.run(["history", "--journal", journal])
        for round in 0..<3 {
            let first = try RunningKnead(["run", "collar", "--plain", "--time-scale", "600", "--journal", journal])
            let second = try RunningKnead(["run", "neck-classic", "--plain", "--time-scale", "600", "--journal", journal])
            for knead in [first, second] {
                let end = knead.finish()
                #expect(end.status == 0 && end.errors.isEmpty, "round \(round): \(end.errors)")
            }
        }
        let recorded = try sessions(journal)
        #expect(recorded.count == 6)
        #expect(recorded.allSatisfy { $0["ending"] as? String == "finished" })
        #expect(try integrityCheck(journal) == "ok")
    }

    @Test func twoFirstLaunchesRacingOnAMissingFileBothRecord() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<10 {
            let journal = folder.appendingPathComponent("round\(round)/knead/journal.sqlite3").path
            let racers = try (0..<2).map { _ in try RunningKnead(["run", "collar", "--plain", "--time-scale", "20000", "--journal", journal]) }
            for knead in racers {
                let end = knead.finish()
                #expect(end.status == 0 && end.errors.isEmpty, "round \(round): \(end.errors)")
            }
            #expect(try sessions(journal).count == 2, "round \(round)")
            #expect(try integrityCheck(journal) == "ok")
        }
    }
}
