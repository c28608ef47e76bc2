import KneadCore
@testable import KneadJournal
import Testing
@testable import KneadReport

/// The chart of the fixed report as a literal, so any change to the drawing shows in review.
@Suite struct PainChartSnapshotTests {
    @Test func theChartOfTheFixedReportIsExactlyThis() {
        let routine = ReportFixtures.report().routines[0]
        let chart = PainChart(routine: routine, language: .english)
        let (marks, _) = ChartMark.marks(of: routine.sessions, from: chart.firstDay, to: chart.lastDay)
        let lines = chart.svg(marks).markup.split(separator: "><").joined(separator: ">\n<")
        #expect(lines == Self.snapshot, "\n\(lines)")
    }

    static let snapshot = """
        <svg viewBox="0 0 720 300" width="720" height="300" role="img" font-size="11">
        <title>Pain before and after each session: Collar zone</title>
        <defs>
        <pattern id="course-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect x="0" y="0" width="8" height="8" fill="#e3f1e3">
        </rect>
        <line x1="0" y1="0" x2="0" y2="8" stroke="#8fbf8f" stroke-width="2">
        </line>
        </pattern>
        </defs>
        <rect x="55" y="40" width="23.3" height="200" fill="url(#course-hatch)" stroke="#5a8f5a">
        </rect>
        <rect x="78.3" y="40" width="599.5" height="200" fill="#ececec">
        </rect>
        <text x="81.3" y="51" font-size="9" font-style="italic">rest</text>
        <rect x="677.8" y="40" width="23.3" height="200" fill="url(#course-hatch)" stroke="#5a8f5a">
        </rect>
        <line x1="52" y1="240" x2="704" y2="240" stroke="#333" stroke-width="1">
        </line>
        <text x="46" y="244" text-anchor="end">0</text>
        <line x1="52" y1="200" x2="704" y2="200" stroke="#bbb" stroke-width="1">
        </line>
        <text x="46" y="204" text-anchor="end">2</text>
        <line x1="52" y1="160" x2="704" y2="160" stroke="#bbb" stroke-width="1">
        </line>
        <text x="46" y="164" text-anchor="end">4</text>
        <line x1="52" y1="120" x2="704" y2="120" stroke="#bbb" stroke-width="1">
        </line>
        <text x="46" y="124" text-anchor="end">6</text>
        <line x1="52" y1="80" x2="704" y2="80" stroke="#bbb" stroke-width="1">
        </line>
        <text x="46" y="84" text-anchor="end">8</text>
        <line x1="52" y1="40" x2="704" y2="40" stroke="#bbb" stroke-width="1">
        </line>
        <text x="46" y="44" text-anchor="end">10</text>
        <line x1="52" y1="40" x2="52" y2="240" stroke="#333">
        </line>
        <text x="14" y="140" text-anchor="middle" transform="rotate(-90 14 140)">Pain, 0–10</text>
        <line x1="60" y1="240" x2="60" y2="244" stroke="#333">
        </line>
        <text x="52" y="256" text-anchor="start">2027-01-04</text>
        <line x1="219" y1="240" x2="219" y2="244" stroke="#333">
        </line>
        <text x="219" y="256" text-anchor="middle">2027-01-16</text>
        <line x1="378" y1="240" x2="378" y2="244" stroke="#333">
        </line>
        <text x="378" y="256" text-anchor="middle">2027-01-28</text>
        <line x1="537" y1="240" x2="537" y2="244" stroke="#333">
        </line>
        <text x="537" y="256" text-anchor="middle">2027-02-09</text>
        <line x1="696" y1="240" x2="696" y2="244" stroke="#333">
        </line>
        <text x="704" y="256" text-anchor="end">2027-02-21</text>
        <line x1="60" y1="100" x2="60" y2="160" stroke="#555" stroke-width="1.5">
        </line>
        <circle cx="60" cy="100" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <rect x="56.5" y="156.5" width="7" height="7" fill="#1f4e79">
        </rect>
        <line x1="73.3" y1="120" x2="73.3" y2="180" stroke="#555" stroke-width="1.5">
        </line>
        <circle cx="73.3" cy="120" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <rect x="69.8" y="176.5" width="7" height="7" fill="#1f4e79">
        </rect>
        <line x1="69.3" y1="25" x2="77.3" y2="33" stroke="#7b241c" stroke-width="2.5">
        </line>
        <line x1="69.3" y1="33" x2="77.3" y2="25" stroke="#7b241c" stroke-width="2.5">
        </line>
        <circle cx="86.5" cy="80" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <line x1="682.8" y1="60" x2="682.8" y2="120" stroke="#555" stroke-width="1.5">
        </line>
        <circle cx="682.8" cy="60" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <rect x="679.3" y="116.5" width="7" height="7" fill="#1f4e79">
        </rect>
        <polygon points="682.8,9 687.8,18 677.8,18" fill="#d35400" stroke="#000" stroke-width="1">
        </polygon>
        <line x1="696" y1="160" x2="696" y2="200" stroke="#555" stroke-width="1.5">
        </line>
        <circle cx="696" cy="160" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <rect x="692.5" y="196.5" width="7" height="7" fill="#1f4e79">
        </rect>
        <circle cx="57" cy="284" r="4" fill="#fff" stroke="#b03a2e" stroke-width="2">
        </circle>
        <text x="68" y="288">before</text>
        <rect x="161.5" y="280.5" width="7" height="7" fill="#1f4e79">
        </rect>
        <text x="176" y="288">after</text>
        <polygon points="273,279 278,288 268,288" fill="#d35400" stroke="#000" stroke-width="1">
        </polygon>
        <text x="284" y="288">flare</text>
        <line x1="377" y1="280" x2="385" y2="288" stroke="#7b241c" stroke-width="2.5">
        </line>
        <line x1="377" y1="288" x2="385" y2="280" stroke="#7b241c" stroke-width="2.5">
        </line>
        <text x="392" y="288">&quot;it hurts&quot;</text>
        <rect x="484" y="278" width="12" height="12" fill="url(#course-hatch)" stroke="#5a8f5a">
        </rect>
        <text x="500" y="288">course</text>
        <rect x="592" y="278" width="12" height="12" fill="#ececec" stroke="#999">
        </rect>
        <text x="608" y="288">rest</text>
        </svg>
        """
}
