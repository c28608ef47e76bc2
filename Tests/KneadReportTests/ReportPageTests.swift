import KneadCore
@testable import KneadJournal
import Testing
@testable import KneadReport

/// The printable page built from a fixed report: escaping, courses, numbers and language.
@Suite struct ReportPageTests {
    @Test func textAndAttributesAreEscapedAndControlCharactersLeftOut() {
        let node = HTMLNode.element("p", [HTMLAttribute("title", "a\"b'<c>&")], [.text("<script>alert(1)</script> & \u{1b}[2J")])
        #expect(node.markup == "<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; [2J</p>")
    }

    @Test func aTitleThatIsMarkupShowsAsText() {
        let html = ReportPage(report: ReportFixtures.report(title: "<img src=x onerror=alert(1)>"), language: .english).html
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; (collar)"))
    }

    @Test func coursesSplitOnRestsLongerThanTheRoutinesAndAverageTheirSessions() {
        let courses = ReportFixtures.report().routines[0].courses
        #expect(courses.map(\.number) == [1, 2])
        #expect(courses.map(\.firstDay) == [ReportFixtures.day(1, 4), ReportFixtures.day(2, 20)])
        #expect(courses[0].lastDay == ReportFixtures.day(1, 5), "the quit on day 6 does not count towards the course")
        #expect(courses[0].sessions == 2 && courses[0].averageBefore == 6.5 && courses[0].averageAfter == 3.5 && courses[0].averageChange == -3)
        #expect(courses[1].averageBefore == 6.5 && courses[1].averageChange == -2.5)
    }

    @Test func thePageHoldsTheNumbersTheScaleTheDateAndTheSafetyAnswers() {
        let html = ReportPage(report: ReportFixtures.report(), language: .english).html
        for expected in [
            "Period: 2027-01-04 to 2027-02-21", "Made by knead on 2027-03-01.", "0 (no pain) to 10 (the worst pain imaginable)",
            "<td class=\"number\">6.8</td><td class=\"number\">3.8</td><td class=\"number\">-2.8</td>",
            "Course 2, 2027-02-20 to 2027-02-21", "Kneading (left) — 2 times", "Stroking — once", "2027-01-04, 2027-02-20",
            "break-inside: avoid", "@page",
        ] {
            #expect(html.contains(expected), "\(expected)")
        }
        #expect(!html.contains("<script") && !html.contains("http"))
    }

    @Test func theRussianPageIsInRussian() {
        let html = ReportPage(report: ReportFixtures.report(), language: .russian).html
        #expect(html.contains("<html lang=\"ru\">") && html.contains("Период: с 2027-01-04 по 2027-02-21") && html.contains("Курс 2"))
        #expect(html.contains("5 сеансов, 1 комплекс") && html.contains("Kneading (left) — 2 раза"))
        #expect(!html.contains("Course 2"))
    }

    @Test func manySessionsAreAveragedOverRunsOfDays() {
        let sessions = (0..<1000).map { index in
            ReportSession(
                routineID: "collar", day: ReportFixtures.day(1, 1).adding(days: index / 2), ending: .finished,
                countsTowardsCourse: true, pain: PainRatings(before: index % 2 == 0 ? 6 : 8, after: 2)
            )
        }
        let (marks, days) = ChartMark.marks(of: sessions, from: sessions[0].day, to: sessions[999].day)
        #expect(days == 4 && marks.count == 125)
        #expect(marks[0].before == 7 && marks[0].after == 2 && marks[1].day == ReportFixtures.day(1, 5))
    }
}
