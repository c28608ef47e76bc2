import Foundation
import Testing

/// `knead status` in its three forms, through the built binary, on journals of literal days.
@Suite("knead status")
struct StatusCommandTests {
    @Test func eachCourseUnderWayHasOneLineAndRoutinesNeverBegunNone() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        for day in 1...5 { try journal.add("lumbar", at: "2026-01-0\(day)T09:00:00+03:00") }
        for day in 1...12 { try journal.add("neck-classic", at: String(format: "2025-12-%02dT20:00:00+03:00", day + 16)) }
        try journal.add("honey", at: "2026-01-06T18:30:00+03:00")
        let status = try KneadBinary.run(["status"], environment: journal.environment(now: "2026-01-06T19:05:00+03:00"))
        #expect(status.status == 0 && status.errors.isEmpty, "\(status.errors)")
        #expect(status.output == """
            honey: done today
            lumbar: due today (session 6 of at most 14)
            neck-classic: resting until Mon 12 Jan

            """)
        let russian = try KneadBinary.run(["status"], environment: journal.environment(now: "2026-01-06T19:05:00+03:00", ["LANG": "ru_RU.UTF-8"]))
        #expect(russian.output == """
            honey: сегодня сделано
            lumbar: сегодня по плану (сеанс 6 из 14)
            neck-classic: отдых до пн, 12 янв

            """)
    }

    @Test func theShortLineNamesWhatIsDueAndIsSilentOtherwise() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        try journal.add("honey", at: "2026-01-05T09:30:00+03:00")
        let sameDay = try KneadBinary.run(["status", "--short"], environment: journal.environment(now: "2026-01-05T21:00:00+03:00"))
        #expect(sameDay.status == 0 && sameDay.output.isEmpty && sameDay.errors.isEmpty)
        let nextDay = try KneadBinary.run(["status", "--short"], environment: journal.environment(now: "2026-01-06T08:00:00+03:00"))
        #expect(nextDay.output == "knead: lumbar due\n")
        let dayAfter = try KneadBinary.run(["status", "--short"], environment: journal.environment(now: "2026-01-07T08:00:00+03:00"))
        #expect(dayAfter.output == "knead: honey, lumbar due\n")
        let withJournal = try KneadBinary.run(
            ["status", "--short", "--journal", journal.path], environment: ["KNEAD_NOW": "2026-01-06T08:00:00+03:00"]
        )
        #expect(withJournal.output == "knead: lumbar due\n")
    }

    @Test func theShortLineIsTheSameWhereverTheJournalIsNamedAndSpeaksTheLanguage() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        try journal.add("honey", at: "2026-01-05T09:30:00+03:00")
        let now = "2026-01-07T08:00:00+03:00"
        // The first two forms are answered before the parser; the third goes through it.
        for arguments in [
            ["status", "--journal", journal.path, "--short"], ["status", "--short", "--journal", journal.path],
            ["status", "--short", "--journal=\(journal.path)"],
        ] {
            let result = try KneadBinary.run(arguments, environment: ["KNEAD_NOW": now])
            #expect(result.status == 0 && result.output == "knead: honey, lumbar due\n" && result.errors.isEmpty, "\(arguments): \(result)")
        }
        let russian = try KneadBinary.run(["status", "--short"], environment: journal.environment(now: now, ["LC_ALL": "ru_RU.UTF-8"]))
        #expect(russian.status == 0 && russian.output == "knead: пора honey, lumbar\n", "\(russian)")
    }

    @Test func theShortLineIsSilentWithAMissingOrDamagedJournal() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        let now = "2026-01-06T08:00:00+03:00"
        let missing = try KneadBinary.run(["status", "--short", "--journal", journal.folder.appendingPathComponent("none").path], environment: ["KNEAD_NOW": now])
        #expect(missing.status == 0 && missing.output.isEmpty && missing.errors.isEmpty)
        let damaged = journal.folder.appendingPathComponent("damaged.sqlite3")
        try Data("this is not a journal\n".utf8).write(to: damaged)
        let onDamaged = try KneadBinary.run(["status", "--short", "--journal", damaged.path], environment: ["KNEAD_NOW": now])
        #expect(onDamaged.status == 0 && onDamaged.output.isEmpty && onDamaged.errors.isEmpty)
        #expect(try String(contentsOf: damaged, encoding: .utf8) == "this is not a journal\n")
        // The long form says why, and leaves the file alone.
        let long = try KneadBinary.run(["status", "--journal", damaged.path], environment: ["KNEAD_NOW": now])
        #expect(long.status == 74 && long.errors.contains("damaged.sqlite3"), "\(long.errors)")
        #expect(try String(contentsOf: damaged, encoding: .utf8) == "this is not a journal\n")
    }

    @Test func jsonCarriesEachStandingWithItsDateAndSession() throws {
        let journal = try CourseJournal()
        defer { journal.remove() }
        try journal.add("honey", at: "2026-01-05T09:00:00+03:00")
        let result = try KneadBinary.run(["status", "--json"], environment: journal.environment(now: "2026-01-06T08:00:00+03:00"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["today"] as? String == "2026-01-06")
        let routines = try #require(object["routines"] as? [[String: Any]])
        #expect(routines.count == 1)
        #expect(routines.first?["routine"] as? String == "honey" && routines.first?["state"] as? String == "next")
        #expect(routines.first?["date"] as? String == "2026-01-07" && routines.first?["session"] as? Int == 2)
        #expect(routines.first?["maxSessions"] as? Int == 8)
    }

    @Test func aJournalNotYetMadeIsSaidSoAndAFixedNowMustBeADate() throws {
        let folder = try KneadBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try KneadBinary.run(["status"], environment: ["XDG_DATA_HOME": folder.path, "KNEAD_NOW": "2026-01-06T08:00:00+03:00"])
        #expect(none.status == 0 && none.output.hasPrefix("No journal yet ("), "\(none.output)")
        let bad = try KneadBinary.run(["status"], environment: ["XDG_DATA_HOME": folder.path, "KNEAD_NOW": "tomorrow"])
        #expect(bad.status == 64 && bad.errors.contains("KNEAD_NOW must be a date and time with an offset"), "\(bad.errors)")
    }
}
