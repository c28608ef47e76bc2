import Testing
@testable import KneadCore

/// The step a session is quit in is told apart from the steps skipped on purpose, whatever
/// was skipped or gone back over before.
@Suite("Quitting is not skipping")
struct SessionQuittingTests {
    @Test func theStepQuitInIsNotAmongTheStepsSkippedOnPurpose() throws {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.nextKeyPressed(at: .seconds(101)))
        _ = session.reduce(.nextKeyPressed(at: .seconds(102)))
        _ = session.reduce(.quitConfirmed(at: .seconds(103)))
        let report = try #require(session.report)
        #expect(report.skipped == [0, 1, 2], "the engine's own account")
        #expect(report.quitStep == 2)
        #expect(report.skippedByChoice == [0, 1])
    }

    @Test func goingBackBeforeQuittingQuitsInTheStepGoneBackTo() throws {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.nextKeyPressed(at: .seconds(101)))
        _ = session.reduce(.nextKeyPressed(at: .seconds(102)))
        _ = session.reduce(.backKeyPressed(at: .seconds(103)))
        _ = session.reduce(.quitConfirmed(at: .seconds(104)))
        let report = try #require(session.report)
        #expect(report.quitStep == 1)
        #expect(report.skippedByChoice == [0])
    }

    @Test func quittingInTheFirstStepSkippedNothing() throws {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.quitConfirmed(at: .seconds(105)))
        let report = try #require(session.report)
        #expect(report.quitStep == 0 && report.skippedByChoice.isEmpty)
    }

    @Test func aSessionRunToItsEndWasQuitNowhere() throws {
        var session = EngineFixtures.startedSession()
        _ = session.reduce(.nextKeyPressed(at: .seconds(101)))
        _ = session.reduce(.ticked(at: .seconds(200)))
        let report = try #require(session.report)
        #expect(!report.endedEarly && report.quitStep == nil)
        #expect(report.skippedByChoice == [0])
    }
}
