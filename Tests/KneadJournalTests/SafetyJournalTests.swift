import KneadCore
import Testing
@testable import KneadJournal

/// What the journal keeps of the safety check and of "it hurts": the answers with their dates,
/// the sore side, flare and gentle mode of each session, every press with its step and choice,
/// and what it tells the next session.
@Suite struct SafetyJournalTests {
    private func recorder(in folder: String) throws -> (SessionRecorder, Journal) {
        let opening = Journal.openForRecording(at: folder + "/journal.sqlite3", now: JournalFixtures.morning)
        let journal = try #require(opening.journal)
        return (SessionRecorder(journal: journal, warnings: opening.warnings), journal)
    }

    private static let collar = Routine(
        id: "collar", title: LocalizedText("Collar"), safety: Safety(contraindications: [LocalizedText("Fever")]),
        course: Course(maxSessions: 12, restDays: 10), stages: []
    )
    private static let finished = SessionReport(done: [0, 1, 2, 3, 4], skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
    private static let none = SafetyAnswer(routineID: "collar", question: .contraindications, reply: .noneApply)
    /// Mon 30 Nov 2026, the day of `JournalFixtures.morning`.
    private static let firstDay = JournalFixtures.morning.day

    private func session(_ recorder: SessionRecorder, at time: LocalTime, soreSide: SoreSide? = .left, flare: Bool = false) {
        var start = JournalFixtures.start()
        start.soreSide = soreSide
        start.flare = flare
        start.gentle = flare
        recorder.record(.sessionStarted(start), at: time)
        recorder.record(.sessionEnded(Self.finished, .finished), at: time)
    }

    @Test func theSoreSideFlareAndGentleModeAreReadBack() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        session(recorder, at: JournalFixtures.morning, soreSide: .right, flare: true)
        session(recorder, at: JournalFixtures.later(3600), soreSide: .neither)
        let sessions = try journal.sessions()
        #expect(sessions.map(\.soreSide) == [.right, .neither])
        #expect(sessions.map(\.flare) == [true, false] && sessions.map(\.gentle) == [true, false])
        #expect(recorder.warnings.isEmpty)
    }

    @Test func everyItHurtsPressIsKeptWithItsStepAndChoiceAndGentleMarksTheSession() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        recorder.record(.itHurts(step: 2, stepName: "Kneading (left)", choice: .gentle), at: JournalFixtures.later(40))
        recorder.record(.itHurts(step: 5, stepName: "Rest", choice: .end), at: JournalFixtures.later(90))
        recorder.record(.sessionEnded(Self.finished, .quit), at: JournalFixtures.later(91))
        let session = try #require(try journal.sessions().first)
        let presses = session.events.filter { $0.kind == RecordedEvent.itHurts }
        #expect(presses == [
            RecordedEvent(kind: "it_hurts", step: 2, detail: "Kneading (left)", at: JournalFixtures.later(40).unixSeconds, choice: "gentle"),
            RecordedEvent(kind: "it_hurts", step: 5, detail: "Rest", at: JournalFixtures.later(90).unixSeconds, choice: "end"),
        ])
        #expect(session.gentle, "going on gently made the session gentle")
        let summary = try #require(try journal.summaries(routineID: nil, since: nil, restDays: [:]).first)
        #expect(summary.itHurts == 2)
        #expect(summary.hurtingSteps.map(\.name) == ["Kneading (left)", "Rest"])
        let facts = try #require(journal.facts(for: [Self.collar], today: Self.firstDay)["collar"])
        #expect(facts.lastEndedOnItHurts, "the last press ended the session")
        #expect(facts.lastSoreSide == nil, "no side was asked")
    }

    @Test func aSessionAfterTheOneThatHurtDoesNotOfferGentleAgain() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.sessionStarted(JournalFixtures.start()), at: JournalFixtures.morning)
        recorder.record(.itHurts(step: 1, stepName: "Stroking", choice: .end), at: JournalFixtures.later(10))
        recorder.record(.sessionEnded(Self.finished, .quit), at: JournalFixtures.later(11))
        session(recorder, at: JournalFixtures.later(86_400))
        let facts = try #require(journal.facts(for: [Self.collar], today: Self.firstDay.adding(days: 1))["collar"])
        #expect(!facts.lastEndedOnItHurts)
        #expect(facts.lastSoreSide == .left, "the latest session's side is offered next")
    }

    @Test func aConfirmationHoldsWithinTheCourseAndNotAfterItsRest() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let noFacts = try #require(journal.facts(for: [Self.collar], today: Self.firstDay)["collar"])
        #expect(noFacts.contraindicationsConfirmedOn == nil && !noFacts.firstTimeCheckDone)
        recorder.record(.safetyAnswered(Self.none), at: JournalFixtures.morning)
        #expect(journal.facts(for: [Self.collar], today: Self.firstDay)["collar"]?.contraindicationsConfirmedOn == Self.firstDay, "the same day, before any session counts")
        session(recorder, at: JournalFixtures.later(60))
        session(recorder, at: JournalFixtures.later(4 * 86_400))
        let inCourse = journal.facts(for: [Self.collar], today: Self.firstDay.adding(days: 9))["collar"]
        #expect(inCourse?.contraindicationsConfirmedOn == Self.firstDay, "nine days on, the course runs on")
        let afterRest = journal.facts(for: [Self.collar], today: Self.firstDay.adding(days: 15))["collar"]
        #expect(afterRest?.standing.nextSession == 1)
        #expect(afterRest?.contraindicationsConfirmedOn == nil, "after the course's rest the question is asked again")
    }

    @Test func aLaterYesTakesTheConfirmationBack() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        recorder.record(.safetyAnswered(Self.none), at: JournalFixtures.morning)
        session(recorder, at: JournalFixtures.later(60))
        recorder.record(.safetyAnswered(SafetyAnswer(routineID: "collar", question: .contraindications, reply: .someApply)), at: JournalFixtures.later(86_400))
        let facts = journal.facts(for: [Self.collar], today: Self.firstDay.adding(days: 1))["collar"]
        #expect(facts?.contraindicationsConfirmedOn == nil)
        let rows = try journal.connection.prepare("SELECT routine_id, question, reply, at FROM safety_answers ORDER BY id").rows()
        #expect(rows == [
            [.text("collar"), .text("contraindications"), .text("none_apply"), .integer(JournalFixtures.morning.unixSeconds)],
            [.text("collar"), .text("contraindications"), .text("some_apply"), .integer(JournalFixtures.later(86_400).unixSeconds)],
        ])
    }

    @Test func theFirstTimeCheckIsDoneOnceForEver() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let (recorder, journal) = try recorder(in: folder)
        let question = SafetyAnswer.Question.firstTimeCheck
        recorder.record(.safetyAnswered(SafetyAnswer(routineID: "collar", question: question, reply: .notDone)), at: JournalFixtures.morning)
        #expect(journal.facts(for: [Self.collar], today: Self.firstDay)["collar"]?.firstTimeCheckDone == false)
        recorder.record(.safetyAnswered(SafetyAnswer(routineID: "collar", question: question, reply: .done)), at: JournalFixtures.later(60))
        #expect(journal.facts(for: [Self.collar], today: Self.firstDay.adding(days: 400))["collar"]?.firstTimeCheckDone == true)
        #expect(recorder.warnings.isEmpty)
    }
}
