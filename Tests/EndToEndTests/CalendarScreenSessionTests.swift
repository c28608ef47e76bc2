import Foundation
import Testing

/// The calendar in the real program in a real terminal: `c` in the picker opens the highlighted
/// routine's course on the calendar with today's session marked, and `Esc` goes back.
@Suite(
    .enabled(
        if: TmuxTerminal.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
        "tmux is not installed: end-to-end tests skipped (with CI set they fail instead)"
    )
)
struct CalendarScreenSessionTests {
    /// A journal with one plain session of the picker's first routine, acupressure, done today
    /// with the pain 5 before and 2 after.
    private func journalWithASessionToday(in folder: String, knead: String) throws -> String {
        let journal = folder + "/journal.sqlite3"
        let plain = try ChildProcess.run(
            [knead, "run", "acupressure", "--plain", "--time-scale", "5000", "--journal", journal, "--pain-before", "5", "--pain-after", "2"],
            environment: ["HOME": folder, "XDG_CONFIG_HOME": folder + "/config", "XDG_STATE_HOME": folder + "/state", "LANG": "C.UTF-8"],
            outputPath: folder + "/plain.txt"
        )
        try #require(plain.status == 0, "the plain session failed: \(plain.output)")
        return journal
    }

    /// This month's name and year as the calendar titles it: `December 2026`.
    private var thisMonth: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let today = Calendar.current.dateComponents([.year, .month], from: Date())
        return "\(months[today.month! - 1]) \(today.year!)"
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theCalendarShowsTodaysSessionAndEscapeGoesBack(width: Int, height: Int) async throws {
        try #require(TmuxTerminal.isAvailable, "tmux is not installed, and CI is set")
        let knead = try #require(KneadExecutable.path, "the knead binary was not found next to the tests")
        let folder = try #require(ScratchFolder.make(named: "calendar"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = try journalWithASessionToday(in: folder, knead: knead)

        let terminal = try TmuxTerminal(running: [knead, "run", "--journal", journal], width: width, height: height)
        defer { terminal.close() }
        try #require(await terminal.waitForScreen(containing: "choose a routine") != nil)
        try terminal.sendKeys("c")
        let calendar = try #require(await terminal.waitForScreen("the calendar, drawn whole") {
            $0.contains("Calendar · Acupressure") && $0.contains(thisMonth) && $0.contains("Esc: back to the list")
        })
        #expect(calendar.contains("done today"), "\(TmuxTerminal.framed(calendar))")
        let day = Calendar.current.component(.day, from: Date())
        let todayWithItsShade = (day < 10 ? " " : "") + "\(day)░"
        #expect(calendar.contains(todayWithItsShade), "today's pain after 2 is shaded ░: \(TmuxTerminal.framed(calendar))")
        #expect(calendar.contains("░ pain after 0–3"), "the legend: \(TmuxTerminal.framed(calendar))")
        try terminal.sendKeys("Escape")
        try #require(await terminal.waitForScreen(containing: "choose a routine") != nil)
        try terminal.sendKeys("q")
        await terminal.waitForScreen(containing: "[exit 0]")
    }
}
