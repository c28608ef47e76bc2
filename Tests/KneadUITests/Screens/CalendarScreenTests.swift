import KneadCore
import Testing
@testable import KneadUI

/// The calendar screen from the picker's `c`: a routine's sessions, rests and days due, month
/// by month, with marks that are characters as well as colours.
@Suite struct CalendarScreenTests {
    /// Thu 3 Dec 2026.
    static let today = CalendarDay(year: 2026, month: 12, day: 3)!

    static func day(_ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: 2026, month: month, day: day)! }

    /// The neck routine (at most 10 sessions, 14 days' rest): a full course on 1–10 Oct, then a
    /// course from 23 Nov with a quit, an "it hurts" and pain after from 1 to 8; its eighth
    /// session is due today.
    static var journal: [String: RoutineJournalFacts] {
        var neck = RoutineJournalFacts(
            standing: CourseStanding(nextSession: 8, maxSessions: 10, lastSessionDay: day(12, 2), restUntil: nil), recentPain: [], today: today
        )
        let october = (1...10).map { CalendarSession(day: day(10, $0), finished: true, countsTowardsCourse: true, painAfter: 4) }
        neck.calendarSessions = october + [
            CalendarSession(day: day(11, 23), finished: true, countsTowardsCourse: true, painAfter: 2),
            CalendarSession(day: day(11, 24), finished: true, countsTowardsCourse: true, painAfter: 5),
            CalendarSession(day: day(11, 25), finished: false, countsTowardsCourse: true),
            CalendarSession(day: day(11, 26), finished: false, countsTowardsCourse: false, itHurts: true),
            CalendarSession(day: day(11, 27), finished: true, countsTowardsCourse: true, painAfter: 8),
            CalendarSession(day: day(11, 30), finished: true, countsTowardsCourse: true),
            CalendarSession(day: day(12, 1), finished: true, countsTowardsCourse: true, painAfter: 3),
            CalendarSession(day: day(12, 2), finished: true, countsTowardsCourse: true, painAfter: 1),
        ]
        return ["neck": neck]
    }

    static func app(language: String? = nil, colors: Bool = false, keys: [Key] = []) -> AppModel {
        let routines = language == nil ? TestRoutines.all : RussianTestRoutines.all
        var model = AppModel(
            routines: routines, start: .picker, options: AppOptions(language: language, colors: colors), journal: journal, today: today
        )
        for key in [.character("c")] + keys { _ = model.handle(.key(key, at: .seconds(1))) }
        return model
    }

    static func render(width: Int, height: Int, language: String? = nil, keys: [Key] = []) -> Screen {
        app(language: language, keys: keys).render(width: width, height: height, at: .seconds(1))
    }

    @Test func threeMonthsWithTheirMarksAndTheLegendAt80x24WithoutColours() {
        expectScreen(Self.render(width: 80, height: 24), """
             Calendar · Neck ease
             Today, Thu 3 Dec: due today (session 8 of at most 10)

                 November 2026          December 2026          January 2027
             Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
                                1       1░ 2░ 3○ 4○ 5○ 6                1  2  3
              2  3  4  5  6  7  8    7  8  9 10 11 12 13    4  5  6  7  8  9 10
              9 10 11 12 13 14 15   14 15 16 17 18 19 20   11 12 13 14 15 16 17
             16 17 18 19 20 21 22   21 22 23 24 25 26 27   18 19 20 21 22 23 24
             23░24▒25×26!27▓28 29   28 29 30 31            25 26 27 28 29 30 31
             30✓

             ✓ finished  ░ pain after 0–3  ▒ pain after 4–6  ▓ pain after 7–10  × quit
             ! it hurts  ~ rest  ○ due  3 today









             ←→: month · ↑↓: routine · t: this month · ?: help · Esc: back to the list
            """)
    }

    @Test func oneMonthWithTheLegendBesideItAt40x12() {
        expectScreen(Self.render(width: 40, height: 12), """
            Calendar · Neck ease
            due today (session 8 of at most 10)
                December 2026      ✓ finished
            Mo Tu We Th Fr Sa Su   ░ pain after 0–3
                1░ 2░ 3○ 4○ 5○ 6   ▒ pain after 4–6
             7  8  9 10 11 12 13   ▓ pain after 7–10
            14 15 16 17 18 19 20   × quit
            21 22 23 24 25 26 27   ! it hurts
            28 29 30 31            ~ rest
                                   ○ due
                                   3 today
            ←→: month · Esc: back to the list
            """)
    }

    @Test func theCalendarInRussianAt80x24() {
        expectScreen(Self.render(width: 80, height: 24, language: "ru"), """
             Календарь · Шея
             Сегодня, чт, 3 дек: сегодня по плану (сеанс 8 из 10)

                  Ноябрь 2026           Декабрь 2026            Январь 2027
             Пн Вт Ср Чт Пт Сб Вс   Пн Вт Ср Чт Пт Сб Вс   Пн Вт Ср Чт Пт Сб Вс
                                1       1░ 2░ 3○ 4○ 5○ 6                1  2  3
              2  3  4  5  6  7  8    7  8  9 10 11 12 13    4  5  6  7  8  9 10
              9 10 11 12 13 14 15   14 15 16 17 18 19 20   11 12 13 14 15 16 17
             16 17 18 19 20 21 22   21 22 23 24 25 26 27   18 19 20 21 22 23 24
             23░24▒25×26!27▓28 29   28 29 30 31            25 26 27 28 29 30 31
             30✓

             ✓ завершён  ░ боль после 0–3  ▒ боль после 4–6  ▓ боль после 7–10  × прерван
             ! «больно»  ~ отдых  ○ по плану  3 сегодня









             ←→: месяц · ↑↓: процедура · t: этот месяц · ?: справка · Esc: к списку
            """)
    }

    @Test func theCalendarInRussianAt40x12() {
        expectScreen(Self.render(width: 40, height: 12, language: "ru"), """
            Календарь · Шея
            сегодня по плану (сеанс 8 из 10)
                Декабрь 2026       ✓ завершён
            Пн Вт Ср Чт Пт Сб Вс   ░ боль после 0–3
                1░ 2░ 3○ 4○ 5○ 6   ▒ боль после 4–6
             7  8  9 10 11 12 13   ▓ боль после 7–10
            14 15 16 17 18 19 20   × прерван
            21 22 23 24 25 26 27   ! «больно»
            28 29 30 31            ~ отдых
                                   ○ по плану
                                   3 сегодня
            ←→: месяц · ?: справка · Esc: к списку
            """)
    }

    @Test func aMonthEarlierShowsTheRestAfterTheFullCourseOfOctober() {
        expectScreen(Self.render(width: 80, height: 16, keys: [.left]), """
             Calendar · Neck ease
             Today, Thu 3 Dec: due today (session 8 of at most 10)

                 October 2026           November 2026          December 2026
             Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
                       1▒ 2▒ 3▒ 4▒                     1       1░ 2░ 3○ 4○ 5○ 6
              5▒ 6▒ 7▒ 8▒ 9▒10▒11~   2  3  4  5  6  7  8    7  8  9 10 11 12 13
             12~13~14~15~16~17~18~   9 10 11 12 13 14 15   14 15 16 17 18 19 20
             19~20~21~22~23~24~25   16 17 18 19 20 21 22   21 22 23 24 25 26 27
             26 27 28 29 30 31      23░24▒25×26!27▓28 29   28 29 30 31
                                    30✓

             ✓ finished  ░ pain after 0–3  ▒ pain after 4–6  ▓ pain after 7–10  × quit
             ! it hurts  ~ rest  ○ due  3 today

             ←→: month · ↑↓: routine · t: this month · ?: help · Esc: back to the list
            """)
    }

    @Test func monthsGoBackAYearAndAheadAYearAndTBringsThisMonthBack() {
        let earliest = Self.render(width: 80, height: 24, keys: Array(repeating: .left, count: 20))
        #expect(earliest.lines[3].contains("January 2026") && earliest.lines[3].contains("March 2026"), "\(earliest.text)")
        let latest = Self.render(width: 80, height: 24, keys: Array(repeating: .right, count: 20))
        #expect(latest.lines[3].contains("October 2027") && latest.lines[3].contains("December 2027"), "\(latest.text)")
        let back = Self.render(width: 80, height: 24, keys: [.right, .right, .character("t")])
        #expect(back.lines[3].contains("November 2026") && back.lines[3].contains("January 2027"), "\(back.text)")
    }

    @Test func upAndDownShowTheOtherRoutinesAndStopAtTheEnds() {
        let below = Self.render(width: 80, height: 6, keys: [.down, .down])
        expectScreen(below, """
             Calendar · Lower back
             Today, Thu 3 Dec: no course under way
                 December 2026          January 2027       ✓ finished
             Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   ░ pain after 0–3
                 1  2  3  4  5  6                1  2  3   ▒ pain after 4–6
             ←→: month · ↑↓: routine · t: this month · ?: help · Esc: back to the list
            """)
        #expect(Self.render(width: 80, height: 6, keys: [.down, .up, .up]).lines[0] == " Calendar · Neck ease" + String(repeating: " ", count: 59))
    }

    @Test func escapeQAndCGoBackToTheListAndQuestionMarkListsTheCalendarKeys() {
        for key: Key in [.escape, .character("q"), .character("c")] {
            let model = Self.app(keys: [key])
            #expect(model.screenName == "picker", "\(key)")
        }
        #expect(Self.app().screenName == "calendar")
        let help = Self.render(width: 80, height: 24, keys: [.character("?")]).text
        for line in ["Calendar", "←, h", "a month earlier", "→, l", "a month later", "↑, k", "t, Home", "back to this month", "Esc, q, c", "back to the list"] {
            #expect(help.contains(line), "\(line) in\n\(help)")
        }
        let pickerHelp = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false))
        var model = pickerHelp
        _ = model.handle(.key(.character("?"), at: .seconds(1)))
        #expect(model.render(width: 80, height: 30, at: .seconds(1)).text.contains("calendar of the highlighted routine"))
    }

    @Test func theCalendarOpensOnTheHighlightedRoutine() {
        var model = AppModel(routines: TestRoutines.all, start: .picker, options: AppOptions(colors: false), journal: Self.journal, today: Self.today)
        _ = model.handle(.key(.down, at: .seconds(1)))
        _ = model.handle(.key(.character("c"), at: .seconds(1)))
        #expect(model.render(width: 80, height: 24, at: .seconds(1)).lines[0].hasPrefix(" Calendar · Lower back"))
    }

    @Test func coloursRepeatTheMarksAndTodayIsInReverseWithOrWithoutThem() {
        let coloured = Self.app(colors: true).render(width: 80, height: 24, at: .seconds(1))
        // December's grid starts at column 24: Tuesday the 1st is in its second column.
        let december = { (day: Int, weekday: Int, week: Int) in coloured.rows[5 + week][24 + weekday * 3 + 1] }
        #expect(december(3, 3, 0).style == CellStyle(bold: true, reverse: true), "today's number")
        #expect(coloured.rows[5][24 + 3 * 3 + 2] == Cell(character: "○", style: CellStyle(color: .cyan, bold: true)), "today is due")
        #expect(coloured.rows[5][24 + 1 * 3 + 2] == Cell(character: "░", style: CellStyle(color: .green)), "pain 3 after")
        #expect(coloured.rows[9][1 + 4 * 3 + 2] == Cell(character: "▓", style: CellStyle(color: .red, bold: true)), "pain 8 after")
        #expect(coloured.rows[9][1 + 3 * 3 + 2] == Cell(character: "!", style: CellStyle(color: .red, bold: true)), "it hurts")
        #expect(coloured.rows[9][1 + 2 * 3 + 2] == Cell(character: "×", style: CellStyle(color: .magenta)), "quit")
        let plain = Self.app(colors: false).render(width: 80, height: 24, at: .seconds(1))
        #expect(plain.rows.joined().allSatisfy { $0.style.color == nil })
        #expect(plain.rows[5][24 + 3 * 3 + 1].style == CellStyle(bold: true, reverse: true), "today stays in reverse without colours")
        #expect(plain.text == Self.render(width: 80, height: 24).text)
    }

    @Test(arguments: [nil, "ru_RU"] as [String?])
    func everySizeDrawsAGridOfThatSize(language: String?) {
        let model = Self.app(language: language)
        var sizes = [(200, 60), (1000, 3), (3, 500), (81, 25), (-5, -5)]
        for width in 0...30 {
            for height in 0...12 { sizes.append((width, height)) }
        }
        for (width, height) in sizes {
            let screen = model.render(width: width, height: height, at: .seconds(1))
            #expect(screen.width == max(0, width) && screen.height == max(0, height), "\(width)×\(height)")
            #expect(screen.rows.count == screen.height && screen.rows.allSatisfy { $0.count == screen.width }, "\(width)×\(height)")
        }
        expectScreen(model.render(width: 1, height: 1, at: .seconds(1)), language == nil ? "M" : "У")
    }

    @Test func theCalendarStaysInsideAnOddArea() {
        var context = AppContext(routines: TestRoutines.all, options: AppOptions(colors: false), journal: Self.journal, recordedOptions: [:], startedFromPicker: true)
        context.today = Self.today
        let area = Area(row: 2, column: 3, width: 23, height: 9)
        var screen = Screen(width: 40, height: 15)
        CalendarFeature(routineIndex: 0).draw(into: &screen, area: area, in: context, at: .seconds(1))
        for row in 0..<15 {
            for column in 0..<40 where !(area.row..<area.bottom).contains(row) || !(area.column..<area.right).contains(column) {
                #expect(screen.rows[row][column] == Cell(), "row \(row), column \(column)")
            }
        }
        #expect(screen.lines[2].hasPrefix("   Calendar · Neck ease"))
    }

    @Test func aSessionJustDoneIsOnTheCalendarWithItsItHurts() {
        var facts = Self.journal["neck"]!
        facts.noteSession(
            finished: false, stepReached: 3, course: TestRoutines.neck.course, pain: PainRatings(before: 5, after: 4), soreSide: nil,
            endedOnItHurts: false, itHurtsPressed: true
        )
        #expect(facts.calendarSessions.last == CalendarSession(day: Self.today, finished: false, countsTowardsCourse: true, painAfter: 4, itHurts: true))
    }
}
