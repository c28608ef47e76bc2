import KneadSessions
import Testing
@testable import KneadCore

/// Every bundled routine's course has a rhythm: the article's where it gives one, a default
/// said so in its source otherwise.
struct BundledCourseRhythmTests {
    private func course(_ id: String) throws -> Course {
        let bytes = try #require(BundledRoutineFiles.all.first { $0.fileName == "\(id).json" }?.bytes)
        return try #require(try RoutineLoader.load(bytes: bytes, fileName: "\(id).json").course)
    }

    @Test func lumbarIsDailyForAtMostAMonthThenSixWeeksOff() throws {
        #expect(try course("lumbar") == Course(
            maxSessions: 14, restDays: 42, rhythm: .everyDays(1), longestDays: 30, note: try course("lumbar").note
        ))
    }

    @Test func everyBundledRoutineHasACourseWithARhythm() throws {
        for file in BundledRoutineFiles.all {
            let routine = try RoutineLoader.load(bytes: file.bytes, fileName: file.fileName)
            let rhythm = try #require(routine.course?.rhythm, "\(file.fileName) has no rhythm")
            #expect(rhythm.daysApart >= 1)
        }
    }

    @Test func theArticlesLimitsStayAndEveryOtherDayIsForHoneyAndCups() throws {
        #expect(try course("neck-classic").maxSessions == 12)
        #expect(try course("honey").rhythm == .everyDays(2))
        #expect(try course("cupping-back").rhythm == .everyDays(2))
        #expect(try course("collar").rhythm == .everyDays(1))
    }
}
