import Glibc
import KneadUI
import Testing
@testable import KneadTerminal

/// The run loop speaking: what it says, when it collects ended speakers, and that it falls silent.
struct RunLoopSpeechTests {
    @Test func itSpeaksTheStepsReapsOnSigchldAndStopsSpeakingOnControlC() {
        let speech = RecordingSpeech()
        let harness = RunLoopHarness(
            [(10, RunLoopTests.enter), (0, RunLoopTests.key("s")), (500, .signal(SIGCHLD)), (3000, .signal(SIGINT))], voice: .on, speech: speech
        )
        #expect(harness.run() == .signaled(SIGINT))
        #expect(speech.log == [
            "say Short. Step 1 of 2. Stroking. 3 seconds.",
            "reap",
            "say Step 2 of 2. Kneading. 3 seconds.",
            "stop",
        ])
    }

    @Test func quittingStopsTheSpeech() {
        let speech = RecordingSpeech()
        let harness = RunLoopHarness(
            [
                (10, RunLoopTests.enter), (0, RunLoopTests.key("s")), (100, RunLoopTests.key("q")), (100, RunLoopTests.key("y")),
                (10, RunLoopTests.key("s")), (10, RunLoopTests.key("x")),
            ], voice: .on, speech: speech
        )
        #expect(harness.run() == .exited(status: 0))
        #expect(speech.log == ["say Short. Step 1 of 2. Stroking. 3 seconds.", "stop", "stop"])
    }

    @Test func aSpeakerThatCannotSpeakIsNamedAtTheFootOfTheSessionScreen() {
        let speech = RecordingSpeech(problemLine: "No voice: install espeak-ng.")
        let harness = RunLoopHarness([(10, RunLoopTests.enter), (0, RunLoopTests.key("s")), (100, .signal(SIGTERM))], voice: .on, speech: speech)
        _ = harness.run()
        let rows = harness.terminal.lastScreen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.suffix(2).first.map { String($0.drop { $0 == " " }) } == "No voice: install espeak-ng.", "\(harness.terminal.lastScreen)")
    }
}
