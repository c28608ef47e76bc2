import KneadCore
import Testing
@testable import KneadJournal

/// The reports' one pass over the journal gives the figures the plain SQL of each question does.
@Suite struct ReportFiguresTests {
    /// A new journal at a temporary path holding `rows`; the caller removes `folder`.
    private func journal(with rows: [ReportJournalSamples.Row]) throws -> (journal: Journal, folder: String) {
        let folder = JournalFixtures.temporaryFolder()
        let journal = try #require(Journal.openForRecording(at: folder + "/journal.sqlite3", now: JournalFixtures.morning).journal)
        try ReportJournalSamples.write(rows, to: journal)
        return (journal, folder)
    }

    @Test func routinesThatShareStepNamesKeepTheirOwnSkipsAndPresses() throws {
        let day: Int64 = 86_400
        let start: Int64 = 1_796_018_700
        let stroking = (kind: RecordedEvent.stepSkipped, detail: Optional("Stroking"))
        let hurts = (kind: RecordedEvent.itHurts, detail: Optional("Stroking"))
        let (journal, folder) = try journal(with: [
            .init(routine: "collar", title: "Collar", startedAt: start, ending: .finished, before: 6, after: 4, events: [stroking, hurts]),
            .init(routine: "honey", title: "Honey", startedAt: start + day, ending: .finished, before: 5, after: 5, events: [stroking, stroking]),
            // Written last but started first: the table's order is not the order of the starts.
            .init(routine: "honey", title: "Honey, old", startedAt: start - 3 * day, ending: .quit, stepReached: 1, before: 7, events: [hurts, hurts]),
            .init(routine: "collar", title: "Collar, latest", startedAt: start + 2 * day, ending: nil, after: 2, events: [hurts]),
        ])
        defer { JournalFixtures.removeFolder(folder) }
        let figures = try journal.reportFigures(routineID: nil, since: nil, restDays: [:], withSessions: true)
        #expect(figures.summaries.map(\.routineID) == ["honey", "collar"], "honey's first session is the oldest")
        let honey = figures.summaries[0], collar = figures.summaries[1]
        #expect(honey.title == "Honey" && collar.title == "Collar, latest")
        #expect(honey.skipped == [RoutineSummary.SkippedStep(name: "Stroking", count: 2)])
        #expect(collar.skipped == [RoutineSummary.SkippedStep(name: "Stroking", count: 1)])
        #expect(honey.itHurts == 2 && collar.itHurts == 2)
        #expect(honey.endings == [.finished: 1, .quit: 1] && collar.endings == [.finished: 1, .interrupted: 1])
        #expect(honey.trend == [PainRatings(before: 7), PainRatings(before: 5, after: 5)])
        #expect(honey.courses == 1 && collar.courses == 1)
        #expect(figures.sessions["honey"]?.map(\.itHurtsPresses) == [2, 0], "oldest first, the presses counted per session")
        #expect(figures.sessions["honey"]?.map(\.countsTowardsCourse) == [false, true])
        #expect(figures.sessions["collar"]?.map(\.pain) == [PainRatings(before: 6, after: 4), PainRatings(after: 2)])
        #expect(try journal.reportFigures(routineID: nil, since: nil, restDays: [:], withSessions: false).sessions.isEmpty)
    }

    @Test func theOnePassAgreesWithTheQueriesOfEachRoutineUnderEveryFilter() throws {
        let rows = ReportJournalSamples.varied(count: 600)
        let (journal, folder) = try journal(with: rows)
        defer { JournalFixtures.removeFolder(folder) }
        let restDays = ["collar": 2, "honey": 1]
        let first = CalendarDay(unixSeconds: rows[0].startedAt, utcOffsetSeconds: 0)
        let filters: [(routine: String?, since: CalendarDay?, until: CalendarDay?)] = [
            (nil, nil, nil), ("honey", nil, nil), (nil, first.adding(days: 100), first.adding(days: 400)),
            ("neck-classic", first.adding(days: 50), nil), (nil, nil, first.adding(days: 30)), ("nobody", nil, nil),
        ]
        for filter in filters {
            let reference = ReportReference(journal: journal, routineID: filter.routine, since: filter.since, until: filter.until, restDays: restDays)
            let figures = try journal.reportFigures(
                routineID: filter.routine, since: filter.since, until: filter.until, restDays: restDays, withSessions: true
            )
            let expected = try reference.summaries()
            #expect(figures.summaries == expected, "\(filter)")
            #expect(filter.routine == "nobody" || !expected.isEmpty)
            for summary in expected {
                #expect(figures.sessions[summary.routineID] == (try reference.sessions(of: summary.routineID)), "\(summary.routineID), \(filter)")
            }
            #expect(Set(figures.sessions.keys) == Set(expected.map(\.routineID)))
            #expect(try journal.summaries(routineID: filter.routine, since: filter.since, until: filter.until, restDays: restDays) == expected)
        }
    }

    @Test func sessionsWrittenInTheOrderOfTheirStartsAgreeToo() throws {
        let rows = ReportJournalSamples.varied(count: 300).sorted { ($0.startedAt, $0.routine) < ($1.startedAt, $1.routine) }
        let (journal, folder) = try journal(with: rows)
        defer { JournalFixtures.removeFolder(folder) }
        let reference = ReportReference(journal: journal, routineID: nil, since: nil, until: nil, restDays: [:])
        let figures = try journal.reportFigures(routineID: nil, since: nil, restDays: [:], withSessions: true)
        #expect(figures.summaries == (try reference.summaries()))
        for summary in figures.summaries {
            #expect(figures.sessions[summary.routineID] == (try reference.sessions(of: summary.routineID)), "\(summary.routineID)")
        }
    }
}
