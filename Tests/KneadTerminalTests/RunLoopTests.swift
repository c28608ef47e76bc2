import Glibc
import KneadUI
import Testing
@testable import KneadTerminal

/// The shell's loop on a terminal in memory: when it sleeps, what it draws, how it ends.
struct RunLoopTests {
    /// Enter on the safety check, then `s` to skip the pain question: the session begins.
    static let enter = ScriptedWakes.Happening.input([.key(.enter), .key(.character("s"))])

    static func key(_ character: Character) -> ScriptedWakes.Happening {
        .input([.key(.character(character))])
    }

    @Test func itSleepsUntilTheNextChangeOfTheCountdownAndForeverWhilePaused() {
        let harness = RunLoopHarness([(10, Self.enter), (2500, Self.key(" ")), (5000, .signal(SIGINT))])
        #expect(harness.run() == .signaled(SIGINT))
        // Safety check: no limit. Then the whole seconds of the countdown (1.01 s, 2.01 s) and
        // the halfway cue (1.51 s) of a step begun at 0.01 s; paused at 2.51 s: no limit again.
        #expect(harness.timeouts == [-1, 1000, 500, 500, 1000, -1])
    }

    @Test func aKeyIsDrawnAtOnceNotAtTheNextTick() {
        let harness = RunLoopHarness([(10, Self.enter), (2500, Self.key(" ")), (5000, .signal(SIGINT))])
        _ = harness.run()
        #expect(harness.terminal.lastScreen.contains("PAUSED"), "\(harness.terminal.lastScreen)")
        #expect(harness.terminal.lastScreen.contains("step 1 of 2 · 0:04 left"), "\(harness.terminal.lastScreen)")
        #expect(harness.terminal.drawnScreens.count == 6, "one draw at the start and one for each wake")
    }

    @Test func controlZPausesGivesTheTerminalBackStopsAndRepaintsOnReturn() {
        let harness = RunLoopHarness([(10, Self.enter), (100, .signal(SIGTSTP)), (100, .signal(SIGINT))])
        #expect(harness.run() == .signaled(SIGINT))
        #expect(harness.wakes.log.stops == [SIGTSTP])
        #expect(harness.terminal.events == ["adopt 80×24", "suspend", "resume", "adopt 80×24"])
        #expect(harness.terminal.lastScreen.contains("PAUSED"), "the session stays paused after fg")
        #expect(harness.timeouts.last == -1, "and nothing wakes it until a key")
    }

    @Test func aResizeRedrawsAtTheNewSizeAtOnce() {
        let harness = RunLoopHarness([(10, Self.enter), (100, .resize(width: 40, height: 12)), (100, .signal(SIGTERM))])
        #expect(harness.run() == .signaled(SIGTERM))
        let last = harness.terminal.drawnScreens.last
        #expect(last?.width == 40 && last?.height == 12)
        #expect(harness.terminal.events.last == "adopt 40×12")
    }

    @Test func theTerminalGoingAwayEndsAsAHangUp() {
        let journal = MemoryJournal()
        let harness = RunLoopHarness([(10, Self.enter), (100, .inputClosed)], journal: journal)
        #expect(harness.run() == .signaled(SIGHUP))
        guard case .sessionEnded(_, .signal) = journal.entries.last else {
            Issue.record("the session's end is recorded, with the engine's report: \(journal.entries)")
            return
        }
    }

    @Test func quittingWithConfirmationExitsWithZero() {
        let harness = RunLoopHarness([(10, Self.enter), (100, Self.key("q")), (100, Self.key("y")), (100, Self.key("s")), (100, Self.key("x"))])
        #expect(harness.run() == .exited(status: 0))
    }

    @Test func aSignalEndsTheSessionInTheJournalWithTheEnginesReport() throws {
        let journal = MemoryJournal()
        let harness = RunLoopHarness([(10, Self.enter), (4000, .signal(SIGINT))], journal: journal)
        #expect(harness.run() == .signaled(SIGINT))
        guard case .sessionEnded(let report, let ending) = try #require(journal.entries.last) else {
            Issue.record("the last entry is the end: \(journal.entries)")
            return
        }
        #expect(ending == .signal)
        #expect(report.done == [0] && report.skipped == [1] && report.activeTime == .seconds(4))
    }

    @Test func theJournalGetsEveryEntryAndItsWarningShowsOnTheFooter() {
        let journal = MemoryJournal()
        journal.failure = "journal: cannot write /j: disk full"
        let harness = RunLoopHarness(
            [(10, .input([.key(.enter), .key(.character("7"))])), (3500, Self.key("q")), (100, Self.key("y")), (100, Self.key("2")), (100, .signal(SIGTERM))],
            journal: journal
        )
        #expect(harness.run() == .signaled(SIGTERM))
        let names = journal.entries.map { entry -> String in
            switch entry {
            case .sessionStarted(let start): "started \(start.routineID) pain \(start.painBefore ?? -1)"
            case .stepStarted(let index): "step \(index + 1)"
            case .sessionEnded(_, let ending): "ended \(ending)"
            case .painAfter(let rating): "pain after \(rating ?? -1)"
            case .eventNoted(let kind, _, _): "event \(kind)"
            case .itHurts(let step, _, let choice): "it hurts at \(step): \(choice)"
            case .safetyAnswered(let answer): "answered \(answer.reply)"
            }
        }
        #expect(names == ["started short pain 7", "step 1", "step 2", "ended quit", "pain after 2"])
        #expect(harness.terminal.lastScreen.contains("journal: cannot write /j: disk full"), "\(harness.terminal.lastScreen)")
    }

    @Test(arguments: [true, false])
    func theBellRingsAsEachStepStartsOnlyWhenAskedFor(bell: Bool) {
        let harness = RunLoopHarness([(10, Self.enter), (100, Self.key("n")), (100, .signal(SIGINT))], bell: bell)
        _ = harness.run()
        #expect(harness.terminal.bells == (bell ? 2 : 0))
    }
}
