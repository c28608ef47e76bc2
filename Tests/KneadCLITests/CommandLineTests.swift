import Foundation
import KneadTestSupport
import Testing

@Suite("Command line")
struct CommandLineTests {
    @Test func helpNamesEveryCommand() throws {
        let result = try KneadBinary.run(["--help"])
        #expect(result.status == 0)
        for word in ["run", "list", "show", "validate", "guided self-massage"] {
            #expect(result.output.contains(word), "help lacks \(word):\n\(result.output)")
        }
        let runHelp = try KneadBinary.run(["run", "--help"])
        #expect(runHelp.output.contains("--plain") && runHelp.output.contains("--no-color"))
        #expect(!runHelp.output.contains("time-scale"), "the test-only option stays hidden")
    }

    @Test func listShowsEveryBundledRoutineWithItsTotalTime() throws {
        let result = try KneadBinary.run(["list"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true)
        for name in [
            "acupressure", "collar", "cupping-back", "cupping-neck", "honey", "legs-after-lumbar", "lumbar",
            "lumbar-acupressure", "neck-classic", "self-massage",
        ] {
            #expect(lines.contains { $0.hasPrefix(name + " ") && $0.hasSuffix("bundled") }, "\(name) missing:\n\(result.output)")
        }
        #expect(lines.contains { $0.hasPrefix("collar ") && $0.contains("7:10") })
    }

    @Test func aBinaryCopiedElsewhereStillHasTheBundledRoutines() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("knead")
        try ExecutableFile.copy(from: KneadBinary.path, to: copy.path)
        let result = try KneadBinary.run(["list"], executable: copy.path)
        #expect(result.status == 0)
        let routines = result.output.split(separator: "\n").filter { $0.hasSuffix(" bundled") }
        #expect(routines.count == 10, "ten bundled routines:\n\(result.output)")
    }

    @Test func listAsJSONCarriesIdsAndTotals() throws {
        let result = try KneadBinary.run(["list", "--json"])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(items.count == 10)
        let collar = try #require(items.first { $0["id"] as? String == "collar" })
        #expect(collar["totalSeconds"] as? Double == 430)
        #expect(collar["origin"] as? String == "bundled")
    }

    @Test func aUserScriptIsListedAndTakesThePlaceOfABundledOneWithItsId() throws {
        let config = try KneadBinary.configFolder(withScripts: ["mine": "My neck", "collar": "My collar"])
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try KneadBinary.run(["list"], environment: ["XDG_CONFIG_HOME": config.path])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("mine ") && $0.contains("My neck") && $0.hasSuffix("user") })
        #expect(lines.contains { $0.hasPrefix("collar ") && $0.contains("My collar") && $0.hasSuffix("user") })
        let routines = lines.filter { $0.hasSuffix(" bundled") || $0.hasSuffix(" user") }
        #expect(routines.count == 11, "ten bundled, one replaced, one added:\n\(result.output)")
        let shown = try KneadBinary.run(["show", "mine"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(shown.status == 0)
        #expect(shown.output.hasPrefix("My neck (mine) — 1 step, 0:30"))
    }

    @Test func listLinesUpTitlesByTerminalColumnsNotCharacters() throws {
        let config = try KneadBinary.configFolder(withScripts: ["wide": "日本語", "narr": "abcdef"])
        defer { try? FileManager.default.removeItem(at: config) }
        let lines = try KneadBinary.run(["list"], environment: ["XDG_CONFIG_HOME": config.path]).output.split(separator: "\n").map(String.init)
        let wide = try #require(lines.first { $0.hasPrefix("wide ") })
        let narrow = try #require(lines.first { $0.hasPrefix("narr ") })
        #expect(wide.replacingOccurrences(of: "wide", with: "narr").replacingOccurrences(of: "日本語", with: "abcdef") == narrow,
                "six columns of title take six columns:\n\(wide)\n\(narrow)")
    }

    @Test func showPrintsEveryStepWithRunningTotalsAndTheSafetyInformation() throws {
        let result = try KneadBinary.run(["show", "collar"])
        #expect(result.status == 0)
        #expect(result.output.contains("Do not do this routine with:"))
        #expect(result.output.contains("Stop at once if:"))
        #expect(result.output.contains("Switch to the right side"))
        let lastStep = result.output.split(separator: "\n").last { $0.hasPrefix("15 ") }
        #expect(lastStep?.hasSuffix("7:10") == true, "the running total of the last step is the routine's length:\n\(result.output)")
    }

    @Test func showAsJSONListsStepsWithSidesAndStartTimes() throws {
        let result = try KneadBinary.run(["show", "collar", "--json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(steps.count == 15)
        #expect(steps[1]["side"] as? String == "left")
        #expect(steps[2]["kind"] as? String == "transition")
        #expect(steps.last?["endsAtSeconds"] as? Double == 430)
    }

    @Test(arguments: [("honey", "firstTimeCheck"), ("lumbar-acupressure", "inFlare")])
    func showAndShowAsJSONBothGiveTheFirstTimeCheckAndTheFlareRule(routine: String, field: String) throws {
        let text = try KneadBinary.run(["show", routine]).output
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(KneadBinary.run(["show", routine, "--json"]).output.utf8)) as? [String: Any])
        let safety = try #require(plan["safety"] as? [String: Any])
        if field == "firstTimeCheck" {
            let check = try #require(safety["firstTimeCheck"] as? String, "\(safety)")
            #expect(text.contains("Once, before the very first session:") && text.contains(String(check.prefix(30))), "\(text)")
            #expect(safety["inFlare"] as? String == "gentle")
        } else {
            #expect(text.contains("In a flare (acute pain):") && text.contains("not done; knead will not start it"), "\(text)")
            #expect(safety["inFlare"] as? String == "avoid" && safety["firstTimeCheck"] == nil, "\(safety)")
        }
    }

    @Test func anUnknownRoutineIsAUsageErrorWithASuggestion() throws {
        let result = try KneadBinary.run(["show", "colar"])
        #expect(result.status == 64)
        #expect(result.errors.contains("no routine named \"colar\"; did you mean \"collar\"?"), "\(result.errors)")
        #expect(!result.errors.contains("Usage:"), "the name was wrong, not the command's shape")
        let run = try KneadBinary.run(["colar"])
        #expect(run.status == 64)
        let missing = try KneadBinary.run(["run", "/nonexistent/neck.json"])
        #expect(missing.status == 64)
        #expect(missing.errors == "Error: no such file: /nonexistent/neck.json\n")
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let result = try KneadBinary.run(["list", "--frobnicate"])
        #expect(result.status == 64)
        #expect(result.errors.contains("--frobnicate"))
    }

    @Test func runWithoutATerminalPrintsOneLinePerStep() throws {
        let result = try KneadBinary.run(["collar", "--time-scale", "2000"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let stepLines = lines.filter { $0.contains("  step ") }
        #expect(stepLines.count == 15, "\(result.output)")
        #expect(stepLines.first?.hasPrefix("0:00  step 1/15  ") == true)
        #expect(stepLines[1].contains(", left side  0:25"))
        #expect(stepLines[2].contains("step 3/15  Switch to the right side  0:05"))
        // The summary follows the last step's line: where the course stands now.
        let finished = try #require(lines.firstIndex { $0.hasPrefix("7:10  ") }, "\(result.output)")
        #expect(lines[finished] == "7:10  finished: 15 steps done, 0 skipped")
        #expect(lines[(finished + 1)...].contains { $0.hasPrefix("Course: session ") }, "\(result.output)")
    }

    @Test func runWithoutARoutineOrATerminalAsksForOne() throws {
        let result = try KneadBinary.run(["run"])
        #expect(result.status == 64)
        #expect(result.errors.contains("name a routine"))
    }

    @Test func scriptTextCannotReachTheTerminalRaw() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("evil.json")
        try ScriptSamples.minimal(title: "Evil\\u001b]0;pwned\\u0007\\u001b[2J").write(to: script, atomically: true, encoding: .utf8)
        for arguments in [["show", script.path], ["run", script.path, "--time-scale", "1000"]] {
            let result = try KneadBinary.run(arguments)
            #expect(result.status == 0)
            #expect(!result.output.contains("\u{1b}") && !result.output.contains("\u{07}"))
            #expect(result.output.contains("Evil␛]0;pwned␇␛[2J"), "\(result.output)")
        }
    }
}
