import KneadCore
import KneadJournal

/// Now, for the commands that speak of today: the wall clock, or for tests the instant named
/// by `KNEAD_NOW` (`2026-01-12T19:05:00+03:00`), so no test depends on the real date.
enum CommandClock {
    /// The test-only variable that fixes now.
    static let variable = "KNEAD_NOW"

    /// Now with its UTC offset; nil when `KNEAD_NOW` is set but not a date and time with an offset.
    static func now(environment: [String: String]) -> LocalTime? {
        now { environment[$0] }
    }

    /// Now as `now(environment:)` finds it, each variable's value given by `value`.
    static func now(value: (String) -> String?) -> LocalTime? {
        guard let fixed = value(variable), !fixed.isEmpty else { return WallClock.now() }
        return parse(fixed)
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS]±HH:MM` (or `Z`); nil for anything else.
    static func parse(_ text: String) -> LocalTime? {
        let characters = Array(text)
        guard characters.count >= 17, characters[10] == "T", let day = CalendarDay(iso: String(characters[0..<10])) else { return nil }
        var rest = Array(characters[11...])
        func number(_ count: Int) -> Int? {
            guard rest.count >= count, rest.prefix(count).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            defer { rest.removeFirst(count) }
            return Int(String(rest.prefix(count)))
        }
        guard let hour = number(2), hour < 24, rest.first == ":" else { return nil }
        rest.removeFirst()
        guard let minute = number(2), minute < 60 else { return nil }
        var second = 0
        if rest.first == ":" {
            rest.removeFirst()
            guard let seconds = number(2), seconds < 60 else { return nil }
            second = seconds
        }
        var offset = 0
        if rest == ["Z"] {
            rest = []
        } else {
            guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
            rest.removeFirst()
            guard let hours = number(2), hours <= 14, rest.first == ":" else { return nil }
            rest.removeFirst()
            guard let minutes = number(2), minutes < 60, rest.isEmpty else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        }
        guard rest.isEmpty else { return nil }
        let local = Int64(day.number) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return LocalTime(unixSeconds: local - Int64(offset), utcOffsetSeconds: offset)
    }
}
