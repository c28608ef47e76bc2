import KneadCore
import Testing
@testable import KneadUI

/// Areas: splitting a screen into rectangles, drawing two things side by side, and every
/// widget and screen drawing nothing (and never crashing) into an empty or odd area.
@Suite struct AreaTests {
    @Test func columnsAndRowsSplitAnAreaAndTheLastTakesWhatIsLeft() {
        let area = Area(row: 1, column: 2, width: 30, height: 10)
        #expect(area.columns([10, 0], gap: 2) == [Area(row: 1, column: 2, width: 10, height: 10), Area(row: 1, column: 14, width: 18, height: 10)])
        #expect(area.rows([3, 4, 0]) == [
            Area(row: 1, column: 2, width: 30, height: 3), Area(row: 4, column: 2, width: 30, height: 4), Area(row: 8, column: 2, width: 30, height: 3),
        ])
        #expect(area.columns([50, 5]) == [Area(row: 1, column: 2, width: 30, height: 10), Area(row: 1, column: 32, width: 0, height: 10)])
        #expect(Area(row: 0, column: 0, width: -4, height: 3).isEmpty)
        #expect(area.inset(columns: 20).isEmpty)
    }

    @Test func twoScreensStandSideBySide() {
        let theme = Theme(colors: false, words: .english)
        var screen = Screen(width: 44, height: 6)
        let halves = Area(of: screen).columns([22, 0])
        QuitConfirmationOverlay(theme: theme).draw(into: &screen, area: halves[0])
        TooSmallScreen(words: .english).draw(into: &screen, area: halves[1])
        expectScreen(screen, """
            ┌────── Quit ───────┐
            │Quit this session? │
            │y/n                │   Make the terminal
            │y:quit n:keep going│         larger
            └───────────────────┘

            """)
    }

    /// Every screen and box of the app, drawn into `area` of a 30×10 screen.
    private static func drawEverything(into area: Area) -> Screen {
        var screen = Screen(width: 30, height: 10)
        var context = AppContext(routines: TestRoutines.all, options: AppOptions(colors: false), journal: [:], recordedOptions: [:], startedFromPicker: true)
        context.today = CalendarDay(year: 2026, month: 12, day: 3)
        let plan = SessionPlan(routineID: "neck", soreSide: .neither, flare: false, gentle: false)
        let driver = SessionDriver.begin(TestRoutines.neck, plan: plan, painBefore: 3, options: AppOptions(), recordedOptions: [:], at: .seconds(0))!.driver
        let check = SafetyCheck(routine: TestRoutines.neck, facts: JournalScenes.fullCourse["neck"])
        let features: [any Feature] = [
            PickerFeature(), SafetyCheckFeature(routine: TestRoutines.neck, in: context),
            CourseWarningFeature(check: check, warning: CourseWarning(standing: check.standing!)),
            PainQuestionFeature.before(plan, routine: TestRoutines.neck, in: context), SessionFeature(driver: driver, routine: TestRoutines.neck),
            PainQuestionFeature.after(driver), SummaryFeature(driver: driver), HelpBoxFeature(sections: SessionFeature.helpDuringSession),
            QuitQuestionFeature(), ItHurtsBoxFeature(box: ItHurtsBox(press: 2, alreadyGentle: false, wasRunning: true)),
            CalendarFeature(routineIndex: 0),
        ]
        for feature in features { feature.draw(into: &screen, area: area, in: context, at: .seconds(5)) }
        TooSmallScreen(words: .english).draw(into: &screen, area: area)
        Box(title: "t", lines: [StyledLine("x")], footer: nil, frameStyle: .plain).draw(into: &screen, area: area)
        return screen
    }

    @Test func everyScreenAndBoxDrawsNothingIntoAnEmptyArea() {
        for area in [Area(row: 0, column: 0, width: 0, height: 0), Area(row: 3, column: 4, width: 0, height: 5), Area(row: 9, column: 29, width: 7, height: 0)] {
            #expect(Self.drawEverything(into: area) == Screen(width: 30, height: 10), "\(area)")
        }
    }

    @Test func aScreenDrawnIntoAnAreaStaysInsideIt() {
        let area = Area(row: 2, column: 3, width: 1, height: 1)
        let screen = Self.drawEverything(into: area)
        for row in 0..<10 {
            for column in 0..<30 where !(row == 2 && column == 3) {
                #expect(screen.rows[row][column] == Cell(), "row \(row), column \(column)")
            }
        }
        for outside in [Area(row: 8, column: 25, width: 40, height: 40), Area(row: -5, column: -5, width: 4, height: 4)] {
            _ = Self.drawEverything(into: outside)
        }
    }
}
