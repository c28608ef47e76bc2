import KneadCore
import Testing
@testable import KneadJournal

/// The report's figures, counted from literal sessions.
@Suite struct JournalSummaryTests {
    @Test func eachRoutineGetsItsCountsAveragesTrendSkipsAndPresses() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let journal = try #require(Journal.openForRecording(at: folder + "/journal.sqlite3", now: JournalFixtures.morning).journal)
        let recorder = SessionRecorder(journal: journal)
        let finished = SessionReport(done: [0, 2, 3, 4], skipped: [1], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: false)
        // collar: days 0, 1, 2, then 40 and 41 (a second course after more than 30 days); honey once.
        let sessions: [(day: Int64, routine: String, before: Int?, after: Int?, ending: SessionEnding?)] = [
            (0, "collar", 6, 4, .finished), (1, "collar", 5, 3, .finished), (2, "collar", nil, nil, .quit),
            (40, "collar", 4, 1, .finished), (41, "collar", 5, nil, nil), (41, "honey", 8, 6, .finished),
        ]
        for session in sessions {
            let start = JournalFixtures.later(session.day * 86_400)
            recorder.record(.sessionStarted(JournalFixtures.start(routine: session.routine, painBefore: session.before)), at: start)
            recorder.record(.stepStarted(index: 1), at: start)
            recorder.record(.eventNoted(kind: RecordedEvent.itHurts, step: 2, detail: nil), at: start)
            if let ending = session.ending {
                recorder.record(.sessionEnded(finished, ending), at: start)
                recorder.record(.painAfter(session.after), at: start)
            }
        }
        let summaries = try journal.summaries(routineID: nil, since: nil, restDays: [:])
        #expect(summaries.map(\.routineID) == ["collar", "honey"])
        let collar = summaries[0]
        #expect(collar.title == "Collar zone" && collar.sessions == 5 && collar.courses == 2)
        #expect(collar.endings == [.finished: 3, .quit: 1, .interrupted: 1])
        #expect(collar.averageBefore == 5 && collar.averageAfter.map { ($0 * 100).rounded() } == 267)
        #expect(collar.averageChange.map { ($0 * 100).rounded() } == -233, "(−2 −2 −3) / 3")
        #expect(collar.trend == [PainRatings(before: 6, after: 4), PainRatings(before: 5, after: 3), PainRatings(before: 4, after: 1), PainRatings(before: 5)])
        #expect(collar.skipped == [RoutineSummary.SkippedStep(name: "Kneading (left)", count: 4)])
        #expect(collar.itHurts == 5)
        #expect(collar.firstDay.iso == "2026-11-30" && collar.lastDay.iso == "2027-01-10")

        let recent = try journal.summaries(routineID: "collar", since: CalendarDay(year: 2027, month: 1, day: 9), restDays: ["collar": 14])
        #expect(recent.map(\.sessions) == [2])
        #expect(recent.first?.courses == 1)
        #expect(try journal.summaries(routineID: nil, since: nil, restDays: ["collar": 60]).first?.courses == 1)
    }
}
