import Foundation
import KneadTestSupport
import Testing

/// `knead run --plain --voice`: plain lines for a screen reader, the voice for the moves.
@Suite("Plain runs with a voice")
struct PlainVoiceTests {
    /// A routine of a 20 s stage on both sides and a 4 s one, with a 5 s get-ready step.
    static let script = """
        {"format": 1, "title": "Voice test", "transition": 5,
         "stages": [
           {"name": "Kneading", "technique": "kneading", "area": "neck", "duration": 20, "sides": ["left", "right"],
            "instructions": "Knead.", "caution": "Off the spine"},
           {"name": "Stroking", "technique": "stroking", "area": "neck", "duration": 4, "instructions": "Stroke."}
         ]}
        """

    /// Runs the script in plain mode with `options`, a recording speech program, and returns what it recorded.
    ///
    /// Each sentence cuts off the one before, so the time scale leaves a recorder time enough
    /// to write its line even on a busy machine: at 10, the get-ready step lasts half a second.
    func spoken(_ options: [String], timeScale: Int = 10) throws -> (result: KneadBinary.Result, said: String) {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routine = folder.appendingPathComponent("voice.json")
        try Self.script.write(to: routine, atomically: true, encoding: .utf8)
        let recorder = folder.appendingPathComponent("record")
        try ExecutableFile.write("#!/bin/sh\nprintf '%s|%s\\n' \"$KNEAD_VOICE_LANGUAGE\" \"$*\" >> '\(folder.path)/said'\n", to: recorder.path)
        let result = try KneadBinary.run(
            ["run", routine.path, "--plain", "--time-scale", "\(timeScale)", "--voice-command", "\(recorder.path) --rate 2"] + options,
            environment: ["XDG_CONFIG_HOME": folder.path]
        )
        // The last sentence is spoken as the session ends: wait until it is written (when one is).
        let said = folder.appendingPathComponent("said").path
        let deadline = Date().addingTimeInterval(5)
        var text = ""
        repeat {
            text = (try? String(contentsOfFile: said, encoding: .utf8)) ?? ""
            if text.contains("complete") || options.contains("--voice=off") { break }
            usleep(10_000)
        } while Date() < deadline
        return (result, text)
    }

    @Test func theStepsSidesHalfwayAndEndAreSpokenInOrder() throws {
        let (result, said) = try spoken(["--voice"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("step 1/4  Kneading, left side  0:20"), "the plain lines are still printed")
        #expect(said == """
            en|--rate 2 Voice test. Step 1 of 4. Kneading, left side. 20 seconds.
            en|--rate 2 Halfway.
            en|--rate 2 Switch to the right side.
            en|--rate 2 Step 3 of 4. Kneading, right side. 20 seconds.
            en|--rate 2 Halfway.
            en|--rate 2 Step 4 of 4. Stroking. 4 seconds.
            en|--rate 2 Session complete.

            """)
    }

    @Test func allAlsoCountsTheLastSecondsAndReadsTheCautionOnce() throws {
        // The last seconds are a second apart: at 5, 200 ms.
        let (_, said) = try spoken(["--voice=all"], timeScale: 5)
        let lines = said.split(separator: "\n").map { $0.replacingOccurrences(of: "en|--rate 2 ", with: "") }
        #expect(lines.prefix(6) == [
            "Voice test. Step 1 of 4. Kneading, left side. 20 seconds. Careful: Off the spine.",
            "Halfway.", "3", "2", "1", "Switch to the right side.",
        ])
        #expect(lines.filter { $0.contains("Careful") }.count == 1)
        #expect(lines.last == "Session complete.")
    }

    @Test func aSpeechProgramEndingEarlyNeverBringsACueForward() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routine = folder.appendingPathComponent("voice.json")
        try Self.script.write(to: routine, atomically: true, encoding: .utf8)
        // The first sentence's program ends just before the first step's halfway point (1 s of
        // real time at ten times real speed), waking knead a moment before that cue is due.
        let recorder = folder.appendingPathComponent("record")
        try """
            echo "$(date +%s%N) $1" >> '\(folder.path)/said'
            case "$1" in *"Step 1 "*) sleep 0.93 ;; esac
            """.write(to: recorder, atomically: true, encoding: .utf8)
        var launch = timespec()
        clock_gettime(CLOCK_REALTIME, &launch)
        let result = try KneadBinary.run(
            ["run", routine.path, "--plain", "--time-scale", "10", "--voice", "--voice-command", "/bin/sh \(recorder.path)"],
            environment: ["XDG_CONFIG_HOME": folder.path]
        )
        #expect(result.status == 0)
        let lines = try String(contentsOfFile: folder.appendingPathComponent("said").path, encoding: .utf8).split(separator: "\n")
        let halfway = try #require(lines.first { $0.hasSuffix(" Halfway.") }.flatMap { Int64($0.prefix { $0 != " " }) })
        let launched = Int64(launch.tv_sec) * 1_000_000_000 + Int64(launch.tv_nsec)
        #expect(halfway - launched >= 1_000_000_000, "Halfway. was said \(Double(halfway - launched) / 1e9) s after the start, before it was due")
    }

    @Test func offSpeaksNothing() throws {
        let (result, said) = try spoken(["--voice=off"])
        #expect(result.status == 0)
        #expect(said.isEmpty)
    }

    @Test func aSpeechProgramThatFailsIsReportedOnceAndTheRunGoesOn() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routine = folder.appendingPathComponent("voice.json")
        try Self.script.write(to: routine, atomically: true, encoding: .utf8)
        let result = try KneadBinary.run(["run", routine.path, "--plain", "--voice", "--time-scale", "20", "--voice-command", "/bin/false"])
        #expect(result.status == 0)
        #expect(result.errors == "knead: the speech program false failed (exit status 1) on a sentence; try it by hand, such as: false \"Step 1 of 3.\"\n")
        #expect(result.output.contains("finished"))
    }

    @Test func withoutASpeakerThePlainRunSaysWhyAndGoesOn() throws {
        let result = try KneadBinary.run(["run", "collar", "--plain", "--voice", "--time-scale", "5000"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.errors.contains("no speech program was found"), "\(result.errors)")
        #expect(result.errors.contains("sudo apt-get install espeak-ng"))
        #expect(result.output.contains("finished"))
    }

    @Test func inRussianThePlainRunSaysWhyInRussian() throws {
        let result = try KneadBinary.run(
            ["run", "collar", "--plain", "--voice", "--time-scale", "5000"], environment: ["PATH": "/nonexistent", "LANG": "ru_RU.UTF-8"]
        )
        #expect(result.status == 0)
        #expect(result.errors.contains("knead: сеанс прошёл без голоса: не найдена программа речи"), "\(result.errors)")
        #expect(!result.errors.contains("no speech program"), "\(result.errors)")
    }
}
