import CSQLite
import KneadCore
import Testing
@testable import KneadJournal

/// Every field written as a session goes, and read back as it was.
@Suite struct SessionRecorderTests {
    /// A recorder on a fresh journal in a temporary folder.
    private func recorder(in folder: String) throws -> (SessionRecorder, Journal) {
        let opening = Journal.openForRecording(at: folder + "/journal.sqlite3", now: JournalFixtures.morning)
        let journal = try #require(opening.journal)
        return (SessionRecorder(journal: journal, warnings: opening.warnings), journal)
    }

    @Test func aFinishedSessionIsReadBackWithEveryField() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start(overridden: true)), at: JournalFixtures.morning)
        recorder.record(.stepStarted(index: 0), at: JournalFixtures.morning)
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(30))
        recorder.record(.stepStarted(index: 2), at: JournalFixtures.later(40))
        recorder.record(.eventNoted(kind: RecordedEvent.itHurts, step: 3, detail: nil), at: JournalFixtures.later(45))
        recorder.record(.stepStarted(index: 4), at: JournalFixtures.later(60))
        let report = SessionReport(done: [0, 2, 4], skipped: [1, 3], notReached: [], activeTime: .seconds(75.5), pausedTime: .seconds(12), endedEarly: false)
        recorder.record(.sessionEnded(report, .finished), at: JournalFixtures.later(90))
        recorder.record(.painAfter(3), at: JournalFixtures.later(95))
        #expect(recorder.warnings.isEmpty)

        let session = try #require(try journal.sessions().first)
        #expect(session.id == recorder.currentSessionID)
        #expect(session.routineID == "collar" && session.routineTitle == "Collar zone")
        #expect(session.startedAt == JournalFixtures.morning.unixSeconds && session.utcOffsetSeconds == 10_800)
        #expect(session.endedAt == JournalFixtures.later(90).unixSeconds)
        #expect(session.updatedAt == JournalFixtures.later(95).unixSeconds)
        #expect(session.ending == .finished)
        #expect(session.stepCount == 5 && session.stepReached == 5)
        #expect(session.stepsDone == 3 && session.stepsSkipped == 2)
        #expect(session.activeSeconds == 75.5 && session.pausedSeconds == 12)
        #expect(session.pain == PainRatings(before: 6, after: 3))
        #expect(session.options == ["bell": "on", "language": "ru"])
        #expect(session.courseLimitOverridden)
        #expect(session.day == CalendarDay(year: 2026, month: 11, day: 30))
        #expect(session.events.map(\.kind) == [
            RecordedEvent.courseLimitOverridden, RecordedEvent.itHurts, RecordedEvent.stepSkipped, RecordedEvent.stepSkipped,
        ])
        #expect(session.events.compactMap(\.detail) == ["Kneading (left)", "Kneading (right)"])
        #expect(session.events.compactMap(\.step) == [3, 2, 4])
        #expect(session.events[1].at == JournalFixtures.later(45).unixSeconds)
    }

    @Test func aSessionThatNeverEndsShowsAsInterruptedWithHowFarItGot() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(30))
        recorder.record(.stepStarted(index: 2), at: JournalFixtures.later(50))
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(52))
        let session = try #require(try journal.sessions().first)
        #expect(session.ending == .interrupted)
        #expect(session.stepReached == 3, "going back a step does not undo how far the session got")
        #expect(session.endedAt == nil && session.stepsDone == nil && session.activeSeconds == nil)
        #expect(session.updatedAt == JournalFixtures.later(50).unixSeconds)
    }

    @Test func aSignalEndsTheRowWithTheStepReachedAndTheTimeSpent() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start(painBefore: nil)), at: JournalFixtures.morning)
        recorder.record(.stepStarted(index: 1), at: JournalFixtures.later(30))
        let report = SessionReport(done: [0], skipped: [1], notReached: [2, 3, 4], activeTime: .seconds(44), pausedTime: .zero, endedEarly: true)
        recorder.record(.sessionEnded(report, .signal), at: JournalFixtures.later(44))
        let session = try #require(try journal.sessions().first)
        #expect(session.ending == .signal && session.stepReached == 2 && session.activeSeconds == 44)
        #expect(session.pain == PainRatings())
    }

    @Test func theStepQuitInIsNotedApartFromTheStepsSkipped() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        recorder.record(.stepStarted(index: 3), at: JournalFixtures.later(30))
        let report = SessionReport(done: [0, 2], skipped: [1, 3], notReached: [4], activeTime: .seconds(40), pausedTime: .zero, endedEarly: true)
        recorder.record(.sessionEnded(report, .quit), at: JournalFixtures.later(40))
        let session = try #require(try journal.sessions().first)
        #expect(session.stepsSkipped == 1 && session.stepsDone == 2)
        #expect(session.quitInStep == 4)
        #expect(session.events.map { "\($0.kind) \($0.step ?? 0) \($0.detail ?? "")" } == [
            "step_skipped 2 Kneading (left)", "step_quit 4 Kneading (right)",
        ])
    }

    @Test func aSignalEndsInTheStepItCameIn() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        let report = SessionReport(done: [0], skipped: [1], notReached: [2, 3, 4], activeTime: .seconds(44), pausedTime: .zero, endedEarly: true)
        recorder.record(.sessionEnded(report, .signal), at: JournalFixtures.later(44))
        let session = try #require(try journal.sessions().first)
        #expect(session.stepsSkipped == 0 && session.quitInStep == 2)
    }

    @Test func aFinishedSessionWasQuitNowhere() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        let report = SessionReport(done: [0, 1, 2, 3], skipped: [4], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
        recorder.record(.sessionEnded(report, .finished), at: JournalFixtures.later(60))
        let session = try #require(try journal.sessions().first)
        #expect(session.stepsSkipped == 1 && session.quitInStep == nil)
        #expect(session.events.map(\.kind) == [RecordedEvent.stepSkipped])
    }

    @Test func twoSessionsOfOneRunAreTwoRows() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let report = SessionReport(done: [0], skipped: [], notReached: [1, 2, 3, 4], activeTime: .seconds(5), pausedTime: .zero, endedEarly: true)
        for (offset, routine) in [(0, "collar"), (600, "honey")] {
            recorder.record(.sessionStarted(JournalFixtures.start(routine: routine)), at: JournalFixtures.later(Int64(offset)))
            recorder.record(.sessionEnded(report, .quit), at: JournalFixtures.later(Int64(offset + 10)))
        }
        let sessions = try journal.sessions()
        #expect(sessions.map(\.routineID) == ["collar", "honey"])
        #expect(sessions.map(\.ending) == [.quit, .quit])
        #expect(try journal.sessions(HistoryFilter(routineID: "honey")).count == 1)
        #expect(try journal.sessions(HistoryFilter(last: 1)).map(\.routineID) == ["honey"])
    }

    @Test func theFactsOfARoutineGiveItsCourseStandingAndRecentPain() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let report = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
        for day in 0..<3 {
            let start = JournalFixtures.later(Int64(day) * 86_400)
            recorder.record(.sessionStarted(JournalFixtures.start(painBefore: 6 - day)), at: start)
            recorder.record(.sessionEnded(report, .finished), at: start)
            recorder.record(.painAfter(3 - day), at: start)
        }
        let routine = Routine(id: "collar", title: LocalizedText("Collar"), course: Course(maxSessions: 12), stages: [])
        let today = CalendarDay(year: 2026, month: 12, day: 3)!
        let facts = try #require(journal.facts(for: [routine], today: today)["collar"])
        #expect(facts.standing == CourseStanding(
            nextSession: 4, maxSessions: 12, lastSessionDay: CalendarDay(year: 2026, month: 12, day: 2), restUntil: nil
        ))
        #expect(facts.standing.summary(in: .english) == "session 4 of at most 12 · last on Wed 2 Dec")
        #expect(facts.recentPain == [PainRatings(before: 6, after: 3), PainRatings(before: 5, after: 2), PainRatings(before: 4, after: 1)])
        #expect(facts.lastPainBefore == 4)
    }

    @Test func aCourseLongerThanTheFirstLookBackIsCountedWhole() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let report = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
        for day in 0..<55 {
            let start = JournalFixtures.later(Int64(day) * 86_400)
            recorder.record(.sessionStarted(JournalFixtures.start()), at: start)
            recorder.record(.sessionEnded(report, .finished), at: start)
        }
        let routine = Routine(id: "collar", title: LocalizedText("Collar"), course: Course(maxSessions: 12), stages: [])
        let today = JournalFixtures.later(55 * 86_400).day
        let standing = try #require(journal.facts(for: [routine], today: today)["collar"]).standing
        #expect(standing.nextSession == 56)
        #expect(standing.limitReached && standing.summary(in: .english).hasPrefix("course done: 55 of at most 12"))
    }

    @Test func forgettingDeletesOneSessionWithItsEventsOrAll() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let report = SessionReport(done: [], skipped: [0], notReached: [], activeTime: .seconds(5), pausedTime: .zero, endedEarly: true)
        for offset in [0, 100, 200] {
            recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.later(Int64(offset)))
            recorder.record(.sessionEnded(report, .quit), at: JournalFixtures.later(Int64(offset + 5)))
        }
        let ids = try journal.sessions().map(\.id)
        #expect(try journal.forget(session: ids[1]))
        #expect(try journal.forget(session: ids[1]) == false)
        #expect(try journal.sessions().map(\.id) == [ids[0], ids[2]])
        #expect(try journal.connection.singleInteger("SELECT count(*) FROM session_events WHERE session_id = \(ids[1])") == 0)
        #expect(try journal.forgetAll() == 2)
        #expect(try journal.sessionCount() == 0)
        #expect(try journal.connection.singleInteger("SELECT count(*) FROM session_events") == 0)
    }
}
