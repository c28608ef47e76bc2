import Foundation
import KneadTestSupport
import Testing

/// `knead history`, `knead report`, `--forget` and the journal options, through the built binary,
/// each on a journal in a temporary folder.
@Suite("The journal on the command line")
struct JournalCommandTests {
    /// A temporary folder and the journal path inside it.
    private struct Place {
        let folder: URL
        var journal: String { folder.appendingPathComponent("journal.sqlite3").path }
        init() throws { folder = try KneadBinary.temporaryFolder() }
        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs a quick plain session of `routine` into `journal`.
    @discardableResult
    private func runSession(_ routine: String, journal: String, pain: (Int, Int)? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> KneadBinary.Result {
        var arguments = ["run", routine, "--plain", "--time-scale", "5000", "--journal", journal]
        if let pain { arguments += ["--pain-before", "\(pain.0)", "--pain-after", "\(pain.1)"] }
        let result = try KneadBinary.run(arguments)
        #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    /// The sessions of `journal` as `knead history --json` prints them.
    private func sessions(_ journal: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try KneadBinary.run(["history", "--json", "--journal", journal] + extra)
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
    }

    @Test func theHelpNamesTheJournalsCommandsAndOptions() throws {
        let help = try KneadBinary.run(["--help"]).output
        #expect(help.contains("history") && help.contains("report") && help.contains("journal.sqlite3"), "\(help)")
        let run = try KneadBinary.run(["run", "--help"]).output
        #expect(run.contains("--pain-before") && run.contains("--pain-after") && run.contains("--journal <path>"), "\(run)")
        let history = try KneadBinary.run(["history", "--help"]).output
        for option in ["--since", "--until", "--last", "--json", "--csv", "--forget", "--yes"] {
            #expect(history.contains(option), "history --help lacks \(option):\n\(history)")
        }
    }

    @Test func historyOfAJournalNotYetMadeSaysSoAndMakesNoFile() throws {
        let place = try Place()
        defer { place.remove() }
        let result = try KneadBinary.run(["history", "--journal", place.journal])
        #expect(result.status == 0)
        #expect(result.output == "No sessions recorded yet (journal: \(place.journal)).\n")
        #expect(!FileManager.default.fileExists(atPath: place.journal))
        #expect(try KneadBinary.run(["report", "--journal", place.journal]).output.hasPrefix("No sessions to report"))
    }

    @Test func plainSessionsAreRecordedWithTheirPainAndListedInATable() throws {
        let place = try Place()
        defer { place.remove() }
        try runSession("collar", journal: place.journal, pain: (6, 3))
        try runSession("honey", journal: place.journal)
        let table = try KneadBinary.run(["history", "--journal", place.journal])
        #expect(table.status == 0)
        let lines = table.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(table.output)")
        #expect(lines[0].hasPrefix("ID  DATE") && lines[0].hasSuffix("ENDED     PAIN"), "\(table.output)")
        #expect(lines[1].hasPrefix(" 1  ") && lines[1].contains("  collar  ") && lines[1].contains("7:10  15/15  finished  6 → 3"), "\(table.output)")
        #expect(lines[2].contains("  honey  ") && lines[2].hasSuffix("finished  – → –"), "\(table.output)")
        let onlyHoney = try KneadBinary.run(["history", "honey", "--journal", place.journal]).output
        #expect(onlyHoney.split(separator: "\n").count == 2 && !onlyHoney.contains("collar"))
    }

    @Test func historyAsJSONCarriesEveryField() throws {
        let place = try Place()
        defer { place.remove() }
        try runSession("collar", journal: place.journal, pain: (7, 2))
        let session = try #require(try sessions(place.journal).first)
        #expect(Set(session.keys) == [
            "id", "routine", "routineTitle", "startedAt", "endedAt", "updatedAt", "utcOffsetMinutes", "ending", "stepCount",
            "stepReached", "stepsDone", "stepsSkipped", "activeSeconds", "pausedSeconds", "painBefore", "painAfter", "options",
            "courseLimitOverridden", "skippedSteps", "events", "soreSide", "flare", "gentle", "quitInStep",
        ])
        #expect(session["routine"] as? String == "collar")
        #expect(session["routineTitle"] as? String == "Collar zone, step by step")
        #expect(session["ending"] as? String == "finished")
        #expect(session["stepCount"] as? Int == 15 && session["stepReached"] as? Int == 15 && session["stepsDone"] as? Int == 15)
        #expect(session["painBefore"] as? Int == 7 && session["painAfter"] as? Int == 2)
        #expect(session["activeSeconds"] as? Double == 430)
        #expect((session["options"] as? [String: String])?["display"] == "plain")
        #expect(session["options"] as? [String: String] == ["display": "plain", "bell": "off", "language": "en", "voice": "off", "time_scale": "5000.0"],
                "a plain run keeps no colours or tick")
        #expect((session["startedAt"] as? String)?.contains(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/) == true)
    }

    @Test func historyAsCSVHasAHeaderAndARowPerSession() throws {
        let place = try Place()
        defer { place.remove() }
        try runSession("collar", journal: place.journal, pain: (5, 4))
        try runSession("collar", journal: place.journal)
        let result = try KneadBinary.run(["history", "--csv", "--journal", place.journal])
        let rows = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("id,routine,routineTitle,startedAt,endedAt,updatedAt,utcOffsetMinutes,ending,"))
        let fields = Self.csvFields(rows[1])
        #expect(fields.count == rows[0].split(separator: ",").count)
        #expect(fields[1] == "collar" && fields[2] == "Collar zone, step by step" && fields[7] == "finished")
        #expect(fields[14] == "5" && fields[15] == "4" && fields[16] == "bell=off; display=plain; language=en; time_scale=5000.0; voice=off")
    }

    /// The fields of one CSV row, quotes undone.
    static func csvFields(_ row: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in row {
            if character == "\"" {
                if quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return fields + [field]
    }

    @Test func sinceAndUntilTakeDaysAndRefuseAnythingElse() throws {
        let place = try Place()
        defer { place.remove() }
        try runSession("collar", journal: place.journal)
        #expect(try sessions(place.journal, ["--since", "2000-01-01"]).count == 1)
        #expect(try sessions(place.journal, ["--since", "2999-01-01"]).isEmpty)
        #expect(try sessions(place.journal, ["--until", "2000-01-01"]).isEmpty)
        #expect(try KneadBinary.run(["history", "--since", "2999-01-01", "--journal", place.journal]).output == "No sessions match.\n")
        let bad = try KneadBinary.run(["history", "--since", "last week", "--journal", place.journal])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("--since"), "\(bad.errors)")
        let reversed = try KneadBinary.run(["history", "--since", "2026-12-02", "--until", "2026-12-01", "--journal", place.journal])
        #expect(reversed.status == 64 && reversed.errors.contains("--since 2026-12-02 is after --until 2026-12-01"), "\(reversed.errors)")
    }

    @Test func theEnvironmentVariableNamesTheJournalAndTheOptionWins() throws {
        let place = try Place()
        defer { place.remove() }
        let other = place.folder.appendingPathComponent("other.sqlite3").path
        let viaEnvironment = try KneadBinary.run(["collar", "--time-scale", "5000"], environment: ["KNEAD_JOURNAL": place.journal])
        #expect(viaEnvironment.status == 0 && viaEnvironment.errors.isEmpty)
        #expect(try sessions(place.journal).count == 1)
        try runSession("honey", journal: other)
        let listed = try KneadBinary.run(["history", "--json", "--journal", other], environment: ["KNEAD_JOURNAL": place.journal])
        #expect(listed.output.contains("\"honey\"") && !listed.output.contains("\"collar\""))
    }

    @Test func reportSummarisesEachRoutineForADoctor() throws {
        let place = try Place()
        defer { place.remove() }
        for (before, after) in [(7, 4), (6, 4), (6, 3), (5, 2)] { try runSession("collar", journal: place.journal, pain: (before, after)) }
        try runSession("honey", journal: place.journal)
        let result = try KneadBinary.run(["report", "--journal", place.journal])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("knead report: 5 sessions from "), "\(result.output)")
        #expect(lines.contains("Collar zone, step by step (collar)"), "\(result.output)")
        #expect(lines.contains("  Sessions       4 in 1 course; 4 finished"), "\(result.output)")
        #expect(lines.contains("  Pain before    6.0 on average"), "\(result.output)")
        #expect(lines.contains("  Pain after     3.3 on average, a change of -2.8 per session"), "\(result.output)")
        #expect(lines.contains("  Trend before   ▆▅▅▅  7 6 6 5"), "\(result.output)")
        #expect(lines.contains("  Trend after    ▄▄▃▂  4 4 3 2"), "\(result.output)")
        #expect(lines.contains("  Most skipped   no step skipped"), "\(result.output)")
        #expect(lines.contains("  Pain before    not rated"), "honey has no ratings:\n\(result.output)")
        let onlyHoney = try KneadBinary.run(["report", "honey", "--journal", place.journal]).output
        #expect(onlyHoney.hasPrefix("knead report: 1 session from ") && !onlyHoney.contains("collar"))
    }

    @Test func forgettingAsksFirstAndTakesYesForScripts() throws {
        let place = try Place()
        defer { place.remove() }
        for _ in 0..<3 { try runSession("collar", journal: place.journal) }
        let unasked = try KneadBinary.run(["history", "--forget", "2", "--journal", place.journal])
        #expect(unasked.status == 64, "a confirmation with nobody to answer it is a usage error")
        #expect(unasked.errors.contains("Forget session 2 (collar, ") && unasked.errors.contains("add --yes"), "\(unasked.errors)")
        #expect(try sessions(place.journal).count == 3, "nothing is deleted without an answer")

        let one = try KneadBinary.run(["history", "--forget", "2", "--yes", "--journal", place.journal])
        #expect(one.status == 0 && one.output == "Forgot session 2.\n", "\(one.output)\(one.errors)")
        #expect(try sessions(place.journal).compactMap { $0["id"] as? Int } == [1, 3])
        let missing = try KneadBinary.run(["history", "--forget", "2", "--yes", "--journal", place.journal])
        #expect(missing.status == 64 && missing.errors.contains("no session with id 2"))
        let bad = try KneadBinary.run(["history", "--forget", "two", "--journal", place.journal])
        #expect(bad.status == 64 && bad.errors.contains("--forget takes a session's id"), "\(bad.errors)")

        let all = try KneadBinary.run(["history", "--forget", "--all", "--yes", "--journal", place.journal])
        #expect(all.status == 0 && all.output == "Forgot 2 sessions.\n", "\(all.output)\(all.errors)")
        #expect(try sessions(place.journal).isEmpty)
        #expect(FileManager.default.fileExists(atPath: place.journal), "forgetting empties the journal but keeps the file")
    }

    @Test func aTitleWithEscapesShowsThemAsVisibleStandInsInEveryOutput() throws {
        let place = try Place()
        defer { place.remove() }
        let config = try KneadBinary.configFolder(withScripts: ["evil": "Evil\\u001b[2J title"])
        defer { try? FileManager.default.removeItem(at: config) }
        let run = try KneadBinary.run(["evil", "--plain", "--time-scale", "5000", "--journal", place.journal], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.status == 0, "\(run.errors)")
        for arguments in [["history", "--csv"], ["report"], ["history", "--json"]] {
            let output = try KneadBinary.run(arguments + ["--journal", place.journal]).output
            #expect(!output.contains("\u{1b}"), "\(arguments) printed a raw escape")
        }
        #expect(try KneadBinary.run(["history", "--csv", "--journal", place.journal]).output.contains("Evil␛[2J title"))
        #expect(try KneadBinary.run(["report", "--journal", place.journal]).output.contains("Evil␛[2J title (evil)"))
    }

    @Test func painRatingsOutsideTheScaleAreRefused() throws {
        for value in ["11", "-1"] {
            let result = try KneadBinary.run(["collar", "--plain", "--pain-before=\(value)"])
            #expect(result.status == 64)
            #expect(result.errors.contains("invalid for '--pain-before <0-10>': expected a whole number from 0 (no pain) to 10"), "\(result.errors)")
        }
    }

    @Test func aDamagedJournalIsReportedByHistoryAndMovedAsideByTheNextSession() throws {
        let place = try Place()
        defer { place.remove() }
        let notes = Data("my own notes, not a database\n".utf8)
        try notes.write(to: URL(fileURLWithPath: place.journal))
        let history = try KneadBinary.run(["history", "--journal", place.journal])
        #expect(history.status == 74, "a journal that cannot be read is not an invalid script")
        #expect(history.errors.contains("file is not a database") && history.errors.contains("left as it is"), "\(history.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.folder.path) == ["journal.sqlite3"])

        let run = try KneadBinary.run(["collar", "--plain", "--time-scale", "5000", "--journal", place.journal])
        #expect(run.status == 0)
        #expect(run.errors.contains("could not be read; it was kept as \(place.journal).damaged-"), "\(run.errors)")
        let kept = try #require(try FileManager.default.contentsOfDirectory(atPath: place.folder.path).first { $0.contains(".damaged-") })
        #expect(FileManager.default.contents(atPath: place.folder.appendingPathComponent(kept).path) == notes)
        #expect(try sessions(place.journal).count == 1)
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv to run as another user"))
    func anUnwritableFolderGivesAWarningAndTheSessionStillRuns() throws {
        let place = try Place()
        defer { place.remove() }
        let binary = place.folder.appendingPathComponent("knead").path
        try ExecutableFile.copy(from: KneadBinary.path, to: binary)
        let locked = place.folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: place.folder.path)
        let journal = locked.appendingPathComponent("journal.sqlite3").path
        let result = try KneadBinary.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "collar", "--plain", "--time-scale", "5000", "--journal", journal],
            executable: "/usr/bin/setpriv"
        )
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasSuffix("finished: 15 steps done, 0 skipped\n"))
        #expect(result.errors.contains("journal: ") && result.errors.contains("unable to open database file"), "\(result.errors)")
        #expect(result.errors.split(separator: "\n").count == 1, "one warning, once:\n\(result.errors)")
    }
}
