import ArgumentParser
import KneadCore
import KneadTerminal

/// Reads the numbers a person types on the command line, each with the range it must fall in.
///
/// Every number option goes through one of these, so zero, a negative number, NaN, infinity,
/// 1e308 or a number too large for the machine all get the same kind of answer: a usage error
/// (status 64) saying what was expected.
enum NumberArgument {
    /// A pain rating: a whole number from 0 (no pain) to 10 (the worst imaginable).
    static func painRating(_ text: String) throws -> Int {
        try wholeNumber(text, in: PainScale.range, expected: "a whole number from 0 (no pain) to 10 (the worst imaginable)")
    }

    /// How many of something: a whole number, 1 or more.
    static func count(_ text: String) throws -> Int {
        try wholeNumber(text, in: 1...Int.max, expected: "a whole number, 1 or more")
    }

    /// How many months a calendar shows: a whole number from 1 to `CalendarCommand.mostMonths`.
    static func calendarMonths(_ text: String) throws -> Int {
        try wholeNumber(text, in: 1...CalendarCommand.mostMonths, expected: "a whole number from 1 to \(CalendarCommand.mostMonths)")
    }

    /// How many times faster than real time a session's clock runs: more than 0, at most
    /// `MonotonicClock.fastestScale`.
    static func timeScale(_ text: String) throws -> Double {
        let expected = "a number more than 0 and at most \(Int(MonotonicClock.fastestScale))"
        guard let scale = Double(text), MonotonicClock.isUsable(scale: scale) else { throw ValidationError("expected \(expected)") }
        return scale
    }

    /// A whole number within `range`, or an error naming `expected`.
    private static func wholeNumber(_ text: String, in range: ClosedRange<Int>, expected: String) throws -> Int {
        guard let number = Int(text), range.contains(number) else { throw ValidationError("expected \(expected)") }
        return number
    }
}
