import Foundation
import Testing

/// `knead calendar` through the built binary, on journals of literal days.
@Suite("knead calendar")
struct CalendarCommandTests {
    /// Wed 7 Jan 2026, in Moscow.
    static let now = "2026-01-07T10:00:00+03:00"

    /// The lumbar course from 1 Jan: pain after 2, 5 and 8, "it hurts" on the 4th, a quit on the
    /// 6th; the honey routine's full course of 8 in December and its 14 days' rest, now over.
    static func journal() throws -> CourseJournal {
        let journal = try CourseJournal()
        try journal.add("lumbar", at: "2026-01-01T09:00:00+03:00", pain: (6, 2))
        try journal.add("lumbar", at: "2026-01-02T09:00:00+03:00", pain: (6, 5))
        try journal.add("lumbar", at: "2026-01-03T09:00:00+03:00", pain: (6, 8))
        try journal.add("lumbar", at: "2026-01-04T09:00:00+03:00")
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        try journal.add("lumbar", at: "2026-01-06T09:00:00+03:00", ending: "quit", stepReached: 3)
        try journal.execute("""
            INSERT INTO session_events (session_id, kind, step, at)
            SELECT id, 'it_hurts', 2, started_at FROM sessions WHERE started_at = strftime('%s', '2026-01-04 06:00:00')
            """)
        for day in 16...23 { try journal.add("honey", at: "2025-12-\(day)T19:00:00+03:00", pain: (5, 3)) }
        return journal
    }

    @Test func everyRoutineUnderWayOrWithSessionsShowsItsMonthsAndOneLegend() throws {
        let journal = try Self.journal()
        defer { journal.remove() }
        let calendar = try KneadBinary.run(["calendar"], environment: journal.environment(now: Self.now, ["COLUMNS": "80"]))
        #expect(calendar.status == 0 && calendar.errors.isEmpty, "\(calendar.errors)")
        #expect(calendar.output == """
            Honey massage
            Today, Wed 7 Jan: no course under way

                December 2025          January 2026           February 2026
            Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
             1  2  3  4  5  6  7             1~ 2~ 3~ 4~                     1
             8  9 10 11 12 13 14    5~ 6~ 7  8  9 10 11    2  3  4  5  6  7  8
            15 16░17░18░19░20░21░  12 13 14 15 16 17 18    9 10 11 12 13 14 15
            22░23░24~25~26~27~28~  19 20 21 22 23 24 25   16 17 18 19 20 21 22
            29~30~31~              26 27 28 29 30 31      23 24 25 26 27 28

            Lumbar massage
            Today, Wed 7 Jan: due today (session 7 of at most 14)

                December 2025          January 2026           February 2026
            Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
             1  2  3  4  5  6  7             1░ 2▒ 3▓ 4!                     1
             8  9 10 11 12 13 14    5✓ 6× 7○ 8○ 9○10○11○   2  3  4  5  6  7  8
            15 16 17 18 19 20 21   12○13○14○15 16 17 18    9 10 11 12 13 14 15
            22 23 24 25 26 27 28   19 20 21 22 23 24 25   16 17 18 19 20 21 22
            29 30 31               26 27 28 29 30 31      23 24 25 26 27 28

            ✓ finished  ░ pain after 0–3  ▒ pain after 4–6  ▓ pain after 7–10  × quit
            ! it hurts  ~ rest  ○ due

            """)
    }

    @Test func oneRoutineForOneMonthInRussianAndAtFortyColumnsOneMonthARow() throws {
        let journal = try Self.journal()
        defer { journal.remove() }
        let russian = try KneadBinary.run(
            ["calendar", "lumbar", "--months", "1"], environment: journal.environment(now: Self.now, ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"])
        )
        #expect(russian.status == 0, "\(russian.errors)")
        #expect(russian.output == """
            Массаж поясницы
            Сегодня, ср, 7 янв: сегодня по плану (сеанс 7 из 14)

                 Январь 2026
            Пн Вт Ср Чт Пт Сб Вс
                      1░ 2▒ 3▓ 4!
             5✓ 6× 7○ 8○ 9○10○11○
            12○13○14○15 16 17 18
            19 20 21 22 23 24 25
            26 27 28 29 30 31

            ✓ завершён  ░ боль после 0–3  ▒ боль после 4–6  ▓ боль после 7–10  × прерван
            ! «больно»  ~ отдых  ○ по плану

            """)
        let narrow = try KneadBinary.run(["calendar", "lumbar", "--months", "2"], environment: journal.environment(now: Self.now, ["COLUMNS": "40"]))
        let lines = narrow.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("    January 2026") && lines.contains("    February 2026"), "\(narrow.output)")
        #expect(lines[1] == "due today (session 7 of at most 14)", "the date gives way to the standing")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(narrow.output)")
    }

    @Test func nothingToShowIsSaidAndAnEmptyRoutineStillShowsItsMonths() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        let nothing = try KneadBinary.run(["calendar"], environment: journal.environment(now: Self.now))
        #expect(nothing.status == 0 && nothing.output == "No sessions in these months, and no course under way.\n", "\(nothing.output)")
        let named = try KneadBinary.run(["calendar", "collar", "--months", "1"], environment: journal.environment(now: Self.now, ["COLUMNS": "80"]))
        #expect(named.status == 0 && named.output.contains("Today, Wed 7 Jan: no course under way") && named.output.contains("January 2026"))
    }

    @Test func badMonthsAndUnknownRoutinesAreRefused() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        for months in ["0", "13", "two", "1e308"] {
            let refused = try KneadBinary.run(["calendar", "--months", months], environment: journal.environment(now: Self.now))
            #expect(refused.status == 64 && refused.errors.contains("expected a whole number from 1 to 12"), "\(months): \(refused.errors)")
        }
        let unknown = try KneadBinary.run(["calendar", "lumbr"], environment: journal.environment(now: Self.now))
        #expect(unknown.status != 0 && unknown.errors.contains("lumbar"), "\(unknown.errors)")
    }

    @Test func aMissingJournalIsNoCourseAndADamagedOneIsNamed() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        let missing = try KneadBinary.run(
            ["calendar", "--journal", journal.folder.appendingPathComponent("none.sqlite3").path], environment: journal.environment(now: Self.now)
        )
        #expect(missing.status == 0 && missing.output == "No sessions in these months, and no course under way.\n", "\(missing.errors)")
        let damaged = journal.folder.appendingPathComponent("damaged.sqlite3")
        try Data("not a journal\n".utf8).write(to: damaged)
        let onDamaged = try KneadBinary.run(["calendar", "--journal", damaged.path], environment: journal.environment(now: Self.now))
        #expect(onDamaged.status == 74 && onDamaged.errors.contains("damaged.sqlite3"), "\(onDamaged.errors)")
        #expect(try String(contentsOf: damaged, encoding: .utf8) == "not a journal\n")
    }
}
