import CSQLite
import KneadCore
import Testing
@testable import KneadJournal

/// The course rules kept in the journal, and the quick answer of which routines are due.
@Suite struct DueRoutinesTests {
    private let neck = Routine.withCourse(id: "neck-classic", Course(maxSessions: 12, restDays: 14, rhythm: .everyDays(1)))
    private let honey = Routine.withCourse(id: "honey", Course(maxSessions: 8, restDays: 14, rhythm: .everyDays(2)))
    private let noCourse = Routine.withCourse(id: "collar", nil)

    /// A fresh journal in `folder`.
    private func journal(in folder: String) throws -> Journal {
        try #require(Journal.openForRecording(at: folder + "/journal.sqlite3", now: JournalFixtures.morning).journal)
    }

    /// Records a finished session of `routine` at 09:05 at UTC+3 on `day`.
    private func recordSession(_ routine: String, on day: String, in journal: Journal, reached: Int = 5, ending: SessionEnding = .finished) throws {
        let recorder = SessionRecorder(journal: journal)
        let start = LocalTime(unixSeconds: Int64(CalendarDay(iso: day)!.number) * 86_400 + 6 * 3600 + 300, utcOffsetSeconds: 3 * 3600)
        recorder.record(.sessionStarted(JournalFixtures.start(routine: routine)), at: start)
        for index in 0..<reached { recorder.record(.stepStarted(index: index), at: start) }
        let report = SessionReport(done: Array(0..<reached), skipped: [], notReached: [], activeTime: .seconds(60), pausedTime: .zero, endedEarly: ending != .finished)
        recorder.record(.sessionEnded(report, ending), at: start)
        #expect(recorder.warnings.isEmpty)
    }

    @Test func aRoutineWithACourseIsDueTheDayAfterItsSessionAndNotOnTheDay() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let journal = try journal(in: folder)
        try journal.noteCourses(of: [neck, honey, noCourse])
        try recordSession("neck-classic", on: "2026-01-10", in: journal)
        try recordSession("honey", on: "2026-01-10", in: journal)
        try recordSession("collar", on: "2026-01-10", in: journal)
        let path = folder + "/journal.sqlite3"
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-10")!) == [])
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-11")!) == ["neck-classic"])
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-12")!) == ["honey", "neck-classic"])
        // Both courses lapse after their 14 days' rest.
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-25")!) == [])
    }

    @Test func sessionsQuitAtTheFirstStepDoNotCount() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let journal = try journal(in: folder)
        try journal.noteCourses(of: [neck])
        try recordSession("neck-classic", on: "2026-01-10", in: journal, reached: 1, ending: .quit)
        #expect(DueRoutines.read(journalAt: folder + "/journal.sqlite3", today: CalendarDay(iso: "2026-01-11")!) == [])
    }

    @Test func aFullCourseRestsAndAScriptWithoutACourseLosesItsRules() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let journal = try journal(in: folder)
        try journal.noteCourses(of: [neck])
        for day in 1...12 { try recordSession("neck-classic", on: "2026-01-\(day < 10 ? "0" : "")\(day)", in: journal) }
        let path = folder + "/journal.sqlite3"
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-13")!) == [])
        try journal.noteCourses(of: [Routine.withCourse(id: "neck-classic", Course(rhythm: .everyDays(1)))])
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-13")!) == ["neck-classic"])
        try journal.noteCourses(of: [Routine.withCourse(id: "neck-classic", nil)])
        #expect(DueRoutines.read(journalAt: path, today: CalendarDay(iso: "2026-01-13")!) == [])
    }

    @Test func aMissingOrForeignFileGivesNoAnswerAndIsLeftAlone() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        #expect(DueRoutines.read(journalAt: folder + "/none.sqlite3", today: CalendarDay(iso: "2026-01-11")!) == nil)
        #expect(JournalFixtures.names(in: folder).isEmpty)
        let text = Array("not a database at all, just some words\n".utf8)
        JournalFixtures.write(text, to: folder + "/text.sqlite3")
        #expect(DueRoutines.read(journalAt: folder + "/text.sqlite3", today: CalendarDay(iso: "2026-01-11")!) == nil)
        #expect(JournalFixtures.contents(of: folder + "/text.sqlite3") == text)
    }

    @Test func theFactsCarryTheCourseDaysForTheStanding() throws {
        let folder = JournalFixtures.temporaryFolder()
        defer { JournalFixtures.removeFolder(folder) }
        let journal = try journal(in: folder)
        try recordSession("neck-classic", on: "2026-01-09", in: journal)
        try recordSession("neck-classic", on: "2026-01-10", in: journal)
        var facts = try #require(journal.facts(for: [neck], today: CalendarDay(iso: "2026-01-11")!)["neck-classic"])
        #expect(facts.courseStatus(for: neck.course) == CourseStatus(state: .dueToday, session: 3, maxSessions: 12))
        facts.noteSession(finished: true, stepReached: 5, course: neck.course, pain: PainRatings(), soreSide: nil, endedOnItHurts: false)
        #expect(facts.courseStatus(for: neck.course) == CourseStatus(state: .doneToday, session: 3, maxSessions: 12))
    }
}

extension Routine {
    /// A one-stage routine `id` with `course`.
    static func withCourse(id: String, _ course: Course?) -> Routine {
        Routine(
            id: id, title: LocalizedText(id), summary: nil, zone: nil, position: nil, transition: .seconds(5), safety: Safety(),
            course: course, source: nil,
            stages: [Stage(name: LocalizedText("Stroking"), technique: .stroking, area: "neck", duration: .seconds(30), instructions: LocalizedText("Stroke."))]
        )
    }
}
