import KneadCore
import Testing
@testable import KneadUI

/// The calendar as `knead calendar` prints it: plain through a pipe, with the escapes of its
/// styles on a terminal, and colours only where they are wanted.
@Suite struct CalendarTextTests {
    static let today = CalendarDay(year: 2026, month: 12, day: 3)!
    static let sessions = [CalendarSession(day: CalendarDay(year: 2026, month: 12, day: 2)!, finished: true, countsTowardsCourse: true, painAfter: 8)]

    static func lines(_ look: CalendarText.Look) -> [String] {
        CalendarText.lines(of: TestRoutines.neck, sessions: sessions, today: today, months: 1, width: 80, language: nil, look: look)
    }

    @Test func throughAPipeTheLinesArePlainText() {
        #expect(Self.lines(CalendarText.Look(styled: false, colors: true)) == [
            "Neck ease",
            "Today, Thu 3 Dec: due today (session 2 of at most 10)",
            "",
            "    December 2026",
            "Mo Tu We Th Fr Sa Su",
            "    1  2▓ 3○ 4○ 5○ 6○",
            " 7○ 8○ 9○10○11○12 13",
            "14 15 16 17 18 19 20",
            "21 22 23 24 25 26 27",
            "28 29 30 31",
        ])
        #expect(CalendarText.legendLines(today: Self.today, width: 80, language: nil, look: CalendarText.Look(styled: false, colors: false)) == [
            "✓ finished  ░ pain after 0–3  ▒ pain after 4–6  ▓ pain after 7–10  × quit",
            "! it hurts  ~ rest  ○ due",
        ])
    }

    @Test func onATerminalTodayIsInReverseAndColoursComeOnlyWhenWanted() {
        let coloured = Self.lines(CalendarText.Look(styled: true, colors: true))
        #expect(coloured[5] == "    1 \u{1B}[0;1;31m 2▓\u{1B}[0;1;7m 3\u{1B}[0;1;36m○ 4○ 5○ 6○\u{1B}[0m", "\(coloured[5].debugDescription)")
        let monochrome = Self.lines(CalendarText.Look(styled: true, colors: false))
        #expect(monochrome[5] == "    1 \u{1B}[0;1m 2▓\u{1B}[0;1;7m 3\u{1B}[0;1m○ 4○ 5○ 6○\u{1B}[0m", "\(monochrome[5].debugDescription)")
        #expect(monochrome.joined().contains("\u{1B}[0;1;3") == false, "no colour codes at all")
        let legend = CalendarText.legendLines(today: Self.today, width: 80, language: nil, look: CalendarText.Look(styled: true, colors: false))
        #expect(legend.last?.hasSuffix("\u{1B}[0;1;7m3\u{1B}[0m today") == true, "\(legend)")
    }
}
