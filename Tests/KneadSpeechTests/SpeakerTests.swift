import Glibc
import KneadCore
import Testing
@testable import KneadSpeech

/// The speaker with small shell scripts standing in for a speech program.
///
/// The scripts run as `/bin/sh SCRIPT`, never exec'd themselves: a child forked by another test
/// at the moment a script is written would keep it open for writing, and exec'ing it would then
/// fail with "Text file busy".
@Suite(.serialized) struct SpeakerTests {
    @Test func theSentenceIsTheLastArgumentAndTheLanguageIsInTheEnvironment() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("record", """
            printf '%s|%s|%s\\n' "$KNEAD_VOICE_LANGUAGE" "$1" "$2" >> \(folder.path)/said
            ls -l /proc/$$/fd/0 /proc/$$/fd/1 /proc/$$/fd/2 | sed 's/.*-> //' >> \(folder.path)/streams
            ps -o pgid= -p $$ | tr -d ' ' >> \(folder.path)/group
            """)
        let speaker = Speaker(program: SpeakerProgram(executable: "/bin/sh", arguments: [script, "--fast"], kind: .custom), environment: ["PATH": "/usr/bin:/bin"])
        speaker.speak(Announcement(text: "Step 1 of 3.", language: "ru"))
        let pid = try #require(speaker.speakingProcess)
        try await waitUntilReaped(speaker)
        #expect(folder.read("said") == "ru|--fast|Step 1 of 3.\n")
        #expect(folder.read("streams") == "/dev/null\n/dev/null\n/dev/null\n")
        #expect(folder.read("group") == "\(pid)\n", "the speech program leads a process group of its own")
        #expect(speaker.problem == nil)
    }

    @Test func aNewSentenceStopsTheWholeGroupOfTheOneBefore() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("slow", """
            echo "$1" >> \(folder.path)/said
            sleep 30 &
            echo $! >> \(folder.path)/sleepers
            wait
            """)
        let speaker = Speaker(program: SpeakerProgram(executable: "/bin/sh", arguments: [script], kind: .custom), environment: ["PATH": "/usr/bin:/bin"])
        speaker.speak(Announcement(text: "first", language: "en"))
        try await waitFor { folder.read("sleepers").split(separator: "\n").count == 1 }
        speaker.speak(Announcement(text: "second", language: "en"))
        try await waitFor { folder.read("sleepers").split(separator: "\n").count == 2 }
        speaker.stop()
        try await waitUntilReaped(speaker)
        for sleeper in folder.read("sleepers").split(separator: "\n").compactMap({ pid_t($0) }) {
            try await waitFor { kill(sleeper, 0) != 0 }
        }
        #expect(folder.read("said") == "first\nsecond\n")
    }

    @Test func aProgramThatCannotStartIsReportedAndSpeechStops() {
        let speaker = Speaker(program: SpeakerProgram(executable: "/nonexistent/speaker", kind: .custom), environment: [:])
        speaker.speak(Announcement(text: "Halfway.", language: "en"))
        #expect(speaker.problem == .cannotStart(program: "speaker", reason: "No such file or directory"))
        #expect(speaker.speakingProcess == nil)
        #expect(speaker.problem?.shortMessage(in: .english) == "No voice: cannot start speaker (No such file or directory).")
    }

    /// Reaps the speaker's children until it has none, for at most five seconds.
    private func waitUntilReaped(_ speaker: Speaker, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await waitFor(sourceLocation: sourceLocation) {
            speaker.reapExited()
            return !speaker.hasChildren
        }
    }
}

/// Polls `condition` every 10 ms for up to five seconds, failing the test if it never holds.
func waitFor(sourceLocation: SourceLocation = #_sourceLocation, _ condition: () -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(5)
    while !condition() {
        guard clock.now < deadline else {
            Issue.record("the condition never held", sourceLocation: sourceLocation)
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}

/// A speech program that fails is reported, and still tried for the next sentence.
@Suite(.serialized) struct FailingSpeakerTests {
    @Test func aFailureStatusIsNotedAndTheNextSentenceIsStillTried() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("failing", "echo \"$1\" >> \(folder.path)/said; exit 3")
        let speaker = Speaker(program: SpeakerProgram(executable: "/bin/sh", arguments: [script], kind: .custom), environment: ["PATH": "/usr/bin:/bin"])
        speaker.speak(Announcement(text: "one", language: "en"))
        try await waitFor {
            speaker.reapExited()
            return !speaker.hasChildren
        }
        #expect(speaker.problem == .failed(program: "sh", status: 3))
        #expect(speaker.problem?.shortMessage(in: .english) == "Voice trouble: sh failed (exit status 3).")
        speaker.speak(Announcement(text: "two", language: "en"))
        try await waitFor {
            speaker.reapExited()
            return !speaker.hasChildren
        }
        #expect(folder.read("said") == "one\ntwo\n")
    }

    @Test func aSentenceStoppedByTheSpeakerIsNoFailure() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("slow", "sleep 30")
        let speaker = Speaker(program: SpeakerProgram(executable: "/bin/sh", arguments: [script], kind: .custom), environment: ["PATH": "/usr/bin:/bin"])
        speaker.speak(Announcement(text: "one", language: "en"))
        speaker.stop()
        try await waitFor {
            speaker.reapExited()
            return !speaker.hasChildren
        }
        #expect(speaker.problem == nil)
    }
}
