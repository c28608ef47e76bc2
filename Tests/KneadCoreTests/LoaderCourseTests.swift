import Testing
@testable import KneadCore

/// The course block's rhythm and length: `everyDays` or `perWeek`, `longestDays`.
struct LoaderCourseTests {
    @Test func aCourseReadsItsRhythmAndLongestLength() throws {
        let everyOtherDay = try #require(expectRoutine(routineScript([
            ("course", #"{"everyDays": 2, "maxSessions": 14, "longestDays": 30, "restDays": 42}"#),
        ])))
        #expect(everyOtherDay.course == Course(maxSessions: 14, restDays: 42, rhythm: .everyDays(2), longestDays: 30))
        let threeAWeek = try #require(expectRoutine(routineScript([("course", #"{"perWeek": 3}"#)])))
        #expect(threeAWeek.course?.rhythm == .perWeek(3))
        #expect(threeAWeek.course?.rhythmInForce.daysApart == 2)
    }

    @Test func aCourseWithoutARhythmHasASessionADay() throws {
        let routine = try #require(expectRoutine(routineScript([("course", #"{"maxSessions": 8}"#)])))
        #expect(routine.course?.rhythm == nil)
        #expect(routine.course?.rhythmInForce == .everyDays(1))
    }

    @Test func rhythmNumbersAreWholeAndInRange() {
        expectProblems(routineScript([("course", #"{"everyDays": 0, "longestDays": 0.5}"#)]), [
            "t.json:5:27: error: course.everyDays: expected a whole number of at least 1, found 0",
            "t.json:5:45: error: course.longestDays: expected a whole number of at least 1, found 0.5",
        ])
        expectProblems(routineScript([("course", #"{"perWeek": 8}"#)]), [
            "t.json:5:25: error: course.perWeek: expected a whole number from 1 to 7, found 8",
        ])
    }

    @Test func aCourseGivesOneRhythmOnly() {
        expectProblems(routineScript([("course", #"{"everyDays": 2, "perWeek": 3}"#)]), [
            #"t.json:5:41: error: course.perWeek: give either "everyDays" or "perWeek", not both"#,
        ])
    }

    @Test func aMisspeltRhythmKeyIsNamedWithTheNearestKey() {
        expectProblems(routineScript([("course", #"{"everyDay": 2}"#)]), [
            #"t.json:5:14: error: course: unknown key "everyDay"; did you mean "everyDays"?"#,
        ])
    }
}
