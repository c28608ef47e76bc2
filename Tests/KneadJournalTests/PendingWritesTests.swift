import CSQLite
import Foundation
import KneadCore
import Testing
@testable import KneadJournal

/// A journal locked by another program for longer than a session: nothing is lost. What could
/// not be written waits in order, in memory and in the pending file beside the journal, and goes
/// in as soon as the lock is gone, at the latest when the journal is next opened.
@Suite struct PendingWritesTests {
    private static let report = SessionReport(done: [0, 2, 3], skipped: [1, 4], notReached: [], activeTime: .seconds(50), pausedTime: .seconds(7), endedEarly: true)

    /// Records one whole session, with an "it hurts" press and a safety answer, into `recorder`.
    private func recordSession(_ recorder: SessionRecorder) {
        recorder.record(.safetyAnswered(SafetyAnswer(routineID: "collar", question: .contraindications, reply: .noneApply)), at: JournalFixtures.morning)
        recorder.record(.sessionStarted(JournalFixtures.start(painBefore: 6)), at: JournalFixtures.later(5))
        for step in 1...4 { recorder.record(.stepStarted(index: step), at: JournalFixtures.later(5 + Int64(step) * 10)) }
        recorder.record(.itHurts(step: 4, stepName: "Kneading (right)", choice: .gentle), at: JournalFixtures.later(48))
        recorder.record(.sessionEnded(Self.report, .quit), at: JournalFixtures.later(62))
        recorder.record(.painAfter(3), at: JournalFixtures.later(70))
    }

    @Test func aLockHeldThroughAWholeSessionLosesNothingAndTheNextOpeningWritesItAll() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        let other = try SQLiteConnection(path: path, create: false)
        try other.execute("BEGIN IMMEDIATE")
        let recorder = SessionRecorder(journal: journal)
        recordSession(recorder)
        #expect(try journal.sessions().isEmpty, "the lock kept every write out")
        #expect(recorder.warnings == [
            "journal: \(path) is busy (another program is writing to it); this session will be written to it as soon as it is free",
            "journal: \(path) is still busy; what could not be written yet is kept in \(path).pending and goes into the journal as soon as it is free (at the latest when knead next starts)",
        ])
        let kept = try String(contentsOfFile: path + ".pending", encoding: .utf8)
        #expect(kept.split(separator: "\n").map { $0.prefix { $0 != "\t" } } == [
            "safety", "session", "step", "step", "step", "step", "hurts", "end", "pain",
        ])
        journal.close()
        try other.execute("COMMIT")
        other.close()

        let reopened = try #require(Journal.openForRecording(at: path, now: JournalFixtures.later(600)).journal)
        let next = SessionRecorder(journal: reopened)
        #expect(next.warnings == ["journal: \(path) was busy for a while; everything is recorded now"])
        #expect(!FileManager.default.fileExists(atPath: path + ".pending"), "removed once everything is in the journal")
        let session = try #require(try reopened.sessions().first)
        #expect(session.startedAt == JournalFixtures.later(5).unixSeconds && session.endedAt == JournalFixtures.later(62).unixSeconds)
        #expect(session.ending == .quit && session.stepReached == 5 && session.stepsDone == 3 && session.stepsSkipped == 1)
        #expect(session.pain == PainRatings(before: 6, after: 3) && session.gentle && session.quitInStep == 5)
        #expect(session.activeSeconds == 50 && session.pausedSeconds == 7)
        #expect(session.events.map(\.kind) == [RecordedEvent.itHurts, RecordedEvent.stepSkipped, RecordedEvent.stepQuit])
        #expect(try reopened.connection.singleInteger("SELECT count(*) FROM safety_answers") == 1)
    }

    @Test func aLockThatGoesDuringTheSessionIsCaughtUpAtTheNextEntry() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        let recorder = SessionRecorder(journal: journal)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        let other = try SQLiteConnection(path: path, create: false)
        try other.execute("BEGIN IMMEDIATE")
        recorder.record(.eventNoted(kind: RecordedEvent.courseLimitOverridden, step: nil, detail: nil), at: JournalFixtures.later(1))
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(10))
        #expect(FileManager.default.fileExists(atPath: path + ".pending"))
        try other.execute("COMMIT")
        other.close()
        recorder.record(.sessionEnded(SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false), .finished), at: JournalFixtures.later(60))
        let session = try #require(try journal.sessions().first)
        #expect(session.id == recorder.currentSessionID && session.ending == .finished && session.stepReached == 5)
        #expect(session.events.map(\.kind) == [RecordedEvent.courseLimitOverridden])
        #expect(!FileManager.default.fileExists(atPath: path + ".pending"))
        #expect(recorder.warnings.last == "journal: \(path) was busy for a while; everything is recorded now")
    }

    @Test func aPendingFileThatCannotBeReadIsLeftAsItIs() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let path = folder + "/journal.sqlite3"
        let journal = try #require(Journal.openForRecording(at: path, now: JournalFixtures.morning).journal)
        let notes = Array("my own notes\n".utf8)
        JournalFixtures.write(notes, to: path + ".pending")
        let recorder = SessionRecorder(journal: journal)
        #expect(recorder.warnings == ["journal: \(path).pending could not be read (line 1 is not a write knead made); it was left as it is"])
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        #expect(try journal.sessions().count == 1)
        #expect(JournalFixtures.contents(of: path + ".pending") == notes)
    }

    @Test func everyKindOfWriteReadsBackFromItsLineAsItWas() throws {
        let awkward = "Tab\there, a line\nbreak, a back\\slash and \r\n a CRLF"
        let start = SessionStartRecord(
            routineID: "collar", routineTitle: awkward, stepNames: ["One", awkward, ""], painBefore: nil,
            options: ["bell": "on", "weird\tname": awkward], courseLimitOverridden: true, soreSide: .left, flare: true, gentle: false
        )
        let time = JournalFixtures.later(7)
        let end = JournalWrite.End(
            ending: .signal, stepsDone: 2, stepsSkipped: nil, activeSeconds: 61.25, pausedSeconds: nil, stepReached: 3,
            skipped: [JournalWrite.NamedStep(step: 2, name: awkward)], quitIn: JournalWrite.NamedStep(step: 3, name: "")
        )
        let writes: [JournalWrite] = [
            .insertSession(number: 4, start, at: time),
            .stepReached(.unwritten(4), stepNumber: 2, at: time),
            .endSession(.journal(17), end, at: time),
            .event(.unwritten(4), kind: RecordedEvent.courseLimitOverridden, step: nil, detail: nil, at: time),
            .event(.unwritten(4), kind: "x", step: 1, detail: "", at: time),
            .itHurts(.journal(2), step: 1, stepName: awkward, choice: .skip, at: time),
            .painAfter(.unwritten(4), rating: nil, at: time),
            .painAfter(.journal(9_000_000_000), rating: 10, at: LocalTime(unixSeconds: -5, utcOffsetSeconds: -36_000)),
            .safetyAnswer(SafetyAnswer(routineID: "honey", question: .firstTimeCheck, reply: .notDone), at: time),
        ]
        for write in writes {
            #expect(!write.line.contains("\n") && !write.line.contains("\r"))
            #expect(try JournalWrite(line: Substring(write.line)) == write)
        }
        for broken in ["", "session", "step\tu\t4", "step\tx\t4\t2\t1\t0", "pain\tj\t1\t\t5\t0\textra", "end\tj\t1\tnever\t\t\t\t\t1\t0\t0\t5\t0"] {
            #expect(throws: LineFields.Unreadable.self) { try JournalWrite(line: Substring(broken)) }
        }
    }
}
