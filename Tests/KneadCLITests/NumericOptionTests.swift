import Foundation
import Testing

/// Every number a person can type, at its extremes: a usage error (64) naming the option and
/// what it takes, never a trap, a hang or a silent run.
@Suite("Numbers on the command line")
struct NumericOptionTests {
    /// Values no number option takes: below zero, and what is not a number a machine can hold at all.
    static let extremes = ["-1", "nan", "inf", "-inf", "1e308", "99999999999999999999999", "ten"]

    /// The options that take a number, the command before them, and what their error says is expected.
    /// The last field holds the values that option refuses besides the extremes.
    static let numberOptions: [(arguments: [String], option: String, expected: String, alsoRefused: [String])] = [
        (["run", "collar", "--plain"], "--time-scale", "expected a number more than 0 and at most 100000", ["0", "100001"]),
        (["run", "collar", "--plain"], "--pain-before", "expected a whole number from 0 (no pain) to 10 (the worst imaginable)", ["0.5", "11"]),
        (["run", "collar", "--plain"], "--pain-after", "expected a whole number from 0 (no pain) to 10 (the worst imaginable)", ["0.5", "11"]),
        (["run", "collar", "--plain"], "--test-trap-at-step", "expected a whole number, 1 or more", ["0", "0.5"]),
        (["history"], "--last", "expected a whole number, 1 or more", ["0", "0.5"]),
    ]

    @Test(arguments: numberOptions.indices)
    func aNumberOutOfRangeIsAUsageErrorSayingWhatIsExpected(option index: Int) throws {
        let (arguments, option, expected, alsoRefused) = Self.numberOptions[index]
        for value in Self.extremes + alsoRefused {
            let result = try KneadBinary.run(arguments + ["\(option)=\(value)"], timeout: 10)
            #expect(result.status == 64, "\(option)=\(value): \(result.errors)")
            #expect(result.errors.contains("'\(value)' is invalid for '\(option)"), "\(option)=\(value): \(result.errors)")
            #expect(result.errors.contains(expected), "\(option)=\(value): \(result.errors)")
            #expect(!result.timedOut && result.output.isEmpty, "\(option)=\(value) ran: \(result.output)")
        }
    }

    @Test func theFastestClockStillRunsASession() throws {
        let result = try KneadBinary.run(["run", "collar", "--plain", "--time-scale", "100000", "--pain-before", "0", "--pain-after", "10"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("7:10  finished: 15 steps done, 0 skipped\nPain 0 → 10\n"), "\(result.output)")
    }
}
