import Glibc
import KneadCore
import KneadUI
import Testing
@testable import KneadTerminal

/// The run loop on a paced step: it wakes on each beat, and with tick rings on each one.
struct RunLoopPaceTests {
    /// One stage of 3 s with two strokes: beats at its start and 1.5 s in.
    static let pacedRoutine: Routine = {
        var routine = RunLoopHarness.routine
        routine.stages = [routine.stages[0]]
        routine.stages[0].reps = 2
        return routine
    }()

    @Test func aPacedStepWakesTheLoopOnEachBeatAndNoMore() {
        let harness = RunLoopHarness([(10, RunLoopTests.enter), (2500, .signal(SIGINT))], routine: Self.pacedRoutine)
        _ = harness.run()
        // Begun at 0.01 s: whole seconds at 1.01 and 2.01 s, the second beat with the halfway
        // point at 1.51 s.
        #expect(harness.timeouts == [-1, 1000, 500, 500, 1000])
    }

    @Test(arguments: [true, false])
    func tickRingsTheBellOnEachBeatOnlyWhenAskedFor(tick: Bool) {
        let harness = RunLoopHarness([(10, RunLoopTests.enter), (2500, .signal(SIGINT))], routine: Self.pacedRoutine, tick: tick)
        _ = harness.run()
        #expect(harness.terminal.bells == (tick ? 2 : 0))
        #expect(harness.terminal.lastScreen.contains("stroke 2 of 2"), "\(harness.terminal.lastScreen)")
    }
}
