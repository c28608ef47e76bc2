/// The reminder state as the small JSON file that keeps it.
extension ReminderState {
    /// The state a file's bytes hold; an empty state for anything unreadable, since the file
    /// keeps only when reminders last came and how long they wait.
    public init(fileBytes bytes: [UInt8]) {
        self.init()
        guard let document = try? RoutineLoader.document(in: bytes, fileName: "reminders.json"),
              case .object(let members) = document.content else { return }
        for member in members {
            switch (member.key, member.value.content) {
            case ("snoozedUntil", .number(let number)): snoozedUntil = number.integerValue.map(Int64.init)
            case ("pausedUntil", .number(let number)): pausedUntil = number.integerValue.map(Int64.init)
            case ("notified", .object(let days)):
                for day in days {
                    if case .string(let iso) = day.value.content, let calendarDay = CalendarDay(iso: iso) { notified[day.key] = calendarDay }
                }
            default: continue
            }
        }
    }

    /// The file's text: `{"snoozedUntil": null, "pausedUntil": 1768500000, "notified": {"lumbar": "2026-01-12"}}`.
    public var fileText: String {
        func number(_ value: Int64?) -> String { value.map(String.init) ?? "null" }
        let days = notified.sorted { $0.key < $1.key }.map { "\(JSONString.escaped($0.key)): \"\($0.value.iso)\"" }
        return "{\"snoozedUntil\": \(number(snoozedUntil)), \"pausedUntil\": \(number(pausedUntil)), \"notified\": {\(days.joined(separator: ", "))}}\n"
    }
}
