import ArgumentParser
import KneadCore

/// A `YYYY-MM-DD` day given to `--since` or `--until`.
struct DayArgument: ExpressibleByArgument {
    var day: CalendarDay

    init?(argument: String) {
        guard let day = CalendarDay(iso: argument) else { return nil }
        self.day = day
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
