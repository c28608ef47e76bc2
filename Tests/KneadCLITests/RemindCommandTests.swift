import Foundation
import Testing

/// `knead remind`: printing, notifying once a day, snoozing, pausing, quiet hours and the
/// settings that govern them, through the built binary with now fixed by `KNEAD_NOW`.
@Suite("knead remind")
struct RemindCommandTests {
    /// Writes `text` as the settings file of `journal`'s folder.
    private func writeSettings(_ text: String, in journal: CourseJournal) throws {
        let folder = journal.folder.appendingPathComponent("config/knead")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
    }

    @Test func itPrintsWhatIsDueTodayAndNothingOtherwise() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        let due = try KneadBinary.run(["remind"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(due.status == 0 && due.output == "lumbar: due today (session 2 of at most 14)\n", "\(due.output)\(due.errors)")
        let sameDay = try KneadBinary.run(["remind"], environment: journal.environment(now: "2026-01-05T19:00:00+03:00"))
        #expect(sameDay.status == 0 && sameDay.output.isEmpty)
    }

    @Test func withoutASessionBusANotificationIsPrintedOnceADay() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        let first = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(first.output == "A massage session is due today\nlumbar: due today (session 2 of at most 14)\n", "\(first.output)\(first.errors)")
        let again = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T21:00:00+03:00"))
        #expect(again.status == 0 && again.output.isEmpty)
        // The next day honey is due too, and lumbar again.
        let nextDay = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-07T19:00:00+03:00"))
        #expect(nextDay.output.contains("honey: due today") && nextDay.output.contains("lumbar: due today"), "\(nextDay.output)")
    }

    @Test func aSnoozeAndAPauseHoldRemindersAndEndByThemselves() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        let snoozed = try KneadBinary.run(["remind", "--snooze", "2h"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(snoozed.status == 0 && snoozed.output == "Reminders snoozed until Tue 6 Jan, 21:00.\n", "\(snoozed.output)\(snoozed.errors)")
        let status = try KneadBinary.run(["status"], environment: journal.environment(now: "2026-01-06T19:30:00+03:00"))
        #expect(status.output.hasSuffix("Reminders snoozed until Tue 6 Jan, 21:00.\n"), "\(status.output)")
        let held = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T20:59:00+03:00"))
        #expect(held.output.isEmpty)
        let after = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T21:00:00+03:00"))
        #expect(after.output.contains("lumbar: due today"), "\(after.output)")

        let paused = try KneadBinary.run(["remind", "--pause", "3d"], environment: journal.environment(now: "2026-01-07T08:00:00+03:00"))
        #expect(paused.output == "Reminders paused until Sat 10 Jan, 08:00.\n", "\(paused.output)\(paused.errors)")
        let inPause = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-08T19:00:00+03:00"))
        #expect(inPause.output.isEmpty)
        let resumed = try KneadBinary.run(["remind", "--resume"], environment: journal.environment(now: "2026-01-08T19:01:00+03:00"))
        #expect(resumed.output == "Reminders are on again.\n")
        let russian = try KneadBinary.run(["remind", "--pause", "1"], environment: journal.environment(now: "2026-01-08T19:02:00+03:00", ["LANG": "ru_RU.UTF-8"]))
        #expect(russian.output == "Напоминания приостановлены до пт, 9 янв, 19:02.\n", "\(russian.output)")
    }

    @Test func quietHoursAndRemindersOffKeepItSilent() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        try writeSettings(#"{"reminders": {"at": "19:00", "quietHours": {"from": "22:00", "until": "08:00"}}}"#, in: journal)
        let quiet = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T23:30:00+03:00"))
        #expect(quiet.status == 0 && quiet.output.isEmpty, "\(quiet.output)\(quiet.errors)")
        let early = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T07:59:00+03:00"))
        #expect(early.output.isEmpty)
        try writeSettings(#"{"reminders": {"enabled": false}}"#, in: journal)
        let off = try KneadBinary.run(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(off.status == 0 && off.output.isEmpty)
    }

    @Test func badReminderSettingsAndLengthsAreNamed() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        try writeSettings("{\"reminders\": {\"at\": \"7pm\", \"quiet\": true}}", in: journal)
        let bad = try KneadBinary.run(["remind"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(bad.status == 64, "\(bad.errors)")
        #expect(bad.errors.contains(#"1:22: error: settings.reminders.at: expected a time of day from "00:00" to "23:59", such as "19:00", found "7pm""#), "\(bad.errors)")
        #expect(bad.errors.contains(#"error: settings.reminders: unknown key "quiet"; expected one of: enabled, at, quietHours"#), "\(bad.errors)")
        let snooze = try KneadBinary.run(["remind", "--snooze", "soon"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(snooze.status == 64 && snooze.errors.contains("--snooze takes a length such as 30m, 2h or 1d"), "\(snooze.errors)")
        let pause = try KneadBinary.run(["remind", "--pause", "90d"], environment: journal.environment(now: "2026-01-06T19:00:00+03:00"))
        #expect(pause.status == 64 && pause.errors.contains("up to 30 days"), "\(pause.errors)")
    }

    @Test func installWritesATimerAndAServiceThatSystemdAcceptsAndUninstallRemovesThem() throws {
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        try writeSettings(#"{"reminders": {"at": "18:30"}}"#, in: journal)
        let environment = journal.environment(now: "2026-01-06T19:00:00+03:00")
        let installed = try KneadBinary.run(["remind", "--install"], environment: environment)
        #expect(installed.status == 0, "\(installed.errors)")
        #expect(installed.output.contains("systemctl --user daemon-reload && systemctl --user enable --now knead-remind.timer"), "\(installed.output)")
        let units = journal.folder.appendingPathComponent("config/systemd/user")
        let timer = try String(contentsOf: units.appendingPathComponent("knead-remind.timer"), encoding: .utf8)
        let service = try String(contentsOf: units.appendingPathComponent("knead-remind.service"), encoding: .utf8)
        #expect(timer.contains("OnCalendar=*-*-* 18:30:00\nPersistent=true") && timer.contains("WantedBy=timers.target"), "\(timer)")
        let knead = URL(fileURLWithPath: KneadBinary.path).resolvingSymlinksInPath().path
        #expect(service.contains("Type=oneshot\nExecStart=\(knead) remind --notify"), "\(service)")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            let verify = try KneadBinary.run(
                ["verify", units.appendingPathComponent("knead-remind.timer").path, units.appendingPathComponent("knead-remind.service").path],
                executable: "/usr/bin/systemd-analyze"
            )
            #expect(verify.status == 0, "systemd-analyze verify: \(verify.output)\(verify.errors)")
        } else {
            Issue.record("systemd-analyze is not installed (.ci/run installs the systemd package)")
        }
        let removed = try KneadBinary.run(["remind", "--uninstall"], environment: environment)
        #expect(removed.status == 0 && removed.output.hasPrefix("The reminder timer is removed from"), "\(removed.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: units.path).isEmpty)
        let again = try KneadBinary.run(["remind", "--uninstall"], environment: environment)
        #expect(again.output.hasPrefix("No reminder timer was installed in"))
    }
}

