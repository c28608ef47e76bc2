import Testing

/// `knead remind --notify` sending a real desktop notification: through `notify-send` over a
/// private session bus to the stand-in notification service, which records each call.
@Suite("knead remind --notify on a session bus")
struct RemindNotificationTests {
    private let dueEvening = "2026-01-06T19:00:00+03:00"

    @Test func aDueRoutineIsOneNotificationFromKneadAndComesOnceADay() throws {
        try PrivateNotificationBus.requireInstalled()
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        let first = try PrivateNotificationBus.runKnead(["remind", "--notify"], environment: journal.environment(now: dueEvening))
        let expected = PrivateNotificationBus.Notification(
            appName: "knead", summary: "A massage session is due today", body: "lumbar: due today (session 2 of at most 14)"
        )
        #expect(first.notifications == [expected], "\(first)")
        // Knead prints the reminder only when no notification could be sent.
        #expect(first.status == 0 && first.output.isEmpty && first.errors.isEmpty, "\(first)")

        let later = try PrivateNotificationBus.runKnead(["remind", "--notify"], environment: journal.environment(now: "2026-01-06T21:00:00+03:00"))
        #expect(later.notifications.isEmpty && later.status == 0 && later.output.isEmpty && later.errors.isEmpty, "\(later)")
    }

    @Test func inRussianTheNotificationIsInRussian() throws {
        try PrivateNotificationBus.requireInstalled()
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        let russian = try PrivateNotificationBus.runKnead(
            ["remind", "--notify"], environment: journal.environment(now: dueEvening, ["LANG": "ru_RU.UTF-8"])
        )
        let expected = PrivateNotificationBus.Notification(
            appName: "knead", summary: "Сегодня по плану сеанс массажа", body: "lumbar: сегодня по плану (сеанс 2 из 14)"
        )
        #expect(russian.notifications == [expected], "\(russian)")
        #expect(russian.status == 0 && russian.output.isEmpty && russian.errors.isEmpty, "\(russian)")
    }

    @Test func nothingDueSendsNothing() throws {
        try PrivateNotificationBus.requireInstalled()
        let journal = try CourseJournal.withLumbarDue()
        defer { journal.remove() }
        // Lumbar and honey were both done this morning.
        let sameDay = try PrivateNotificationBus.runKnead(["remind", "--notify"], environment: journal.environment(now: "2026-01-05T19:00:00+03:00"))
        #expect(sameDay.notifications.isEmpty && sameDay.status == 0 && sameDay.output.isEmpty && sameDay.errors.isEmpty, "\(sameDay)")
    }
}
