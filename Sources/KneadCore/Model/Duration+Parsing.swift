/// Reading durations as routine scripts write them.
extension Duration {
    /// The longest duration a script may give anywhere: 12 hours.
    public static let longestInScript: Duration = .seconds(12 * 60 * 60)

    /// Parses a script's string form of a duration, exact to the millisecond (finer digits are rounded).
    ///
    /// The forms are units in the order h, m, s, each optional but at least one (`"45s"`, `"2m"`,
    /// `"1m30s"`, `"1h"`, `"1h2m3s"`, `"12.5s"`), or clock forms `"m:ss"` and `"h:mm:ss"` (`"1:30"`,
    /// `"1:02:03"`). Only seconds may have a fraction. Nil when `text` is none of these; the
    /// value is not range-checked.
    public init?(scriptText text: String) {
        let characters = Array(text.utf8)
        let milliseconds = characters.contains(UInt8(ascii: ":"))
            ? Self.clockMilliseconds(characters)
            : Self.unitMilliseconds(characters)
        guard let milliseconds else { return nil }
        self = .milliseconds(milliseconds)
    }

    /// A script's number of seconds, rounded to the millisecond; nil when it is not finite or is
    /// too large to be any sensible duration (more than a million hours either way).
    public init?(scriptSeconds seconds: Double) {
        guard seconds.isFinite, abs(seconds) <= 3_600_000_000 else { return nil }
        self = .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// Numbers larger than this are held at it, so huge digit runs cannot overflow.
    private static let largestPart = 1_000_000_000_000

    /// A run of digits with an optional fraction after a period.
    private struct NumberPart {
        var whole: Int
        /// The fraction in thousandths, rounded on the fourth digit.
        var thousandths: Int
        var hasFraction: Bool
    }

    private static func numberPart(_ characters: [UInt8], from index: inout Int) -> NumberPart? {
        var part = NumberPart(whole: 0, thousandths: 0, hasFraction: false)
        let start = index
        while index < characters.count, let digit = digitValue(characters[index]) {
            part.whole = min(part.whole * 10 + digit, largestPart)
            index += 1
        }
        guard index > start else { return nil }
        guard index < characters.count, characters[index] == UInt8(ascii: ".") else { return part }
        index += 1
        part.hasFraction = true
        var fractionDigits: [Int] = []
        while index < characters.count, let digit = digitValue(characters[index]) {
            fractionDigits.append(digit)
            index += 1
        }
        guard !fractionDigits.isEmpty else { return nil }
        let padded = fractionDigits + [0, 0, 0]
        part.thousandths = padded[0] * 100 + padded[1] * 10 + padded[2] + (padded[3] >= 5 ? 1 : 0)
        return part
    }

    /// `1h2m3s` and its shorter forms.
    private static func unitMilliseconds(_ characters: [UInt8]) -> Int64? {
        let units: [(letter: UInt8, milliseconds: Int)] = [
            (UInt8(ascii: "h"), 3_600_000), (UInt8(ascii: "m"), 60_000), (UInt8(ascii: "s"), 1_000),
        ]
        var index = 0
        var nextUnit = 0
        var total = 0
        while index < characters.count {
            guard let part = numberPart(characters, from: &index), index < characters.count,
                  let unit = units[nextUnit...].firstIndex(where: { $0.letter == characters[index] })
            else { return nil }
            if part.hasFraction, units[unit].milliseconds != 1_000 { return nil }
            total += part.whole * units[unit].milliseconds + part.thousandths
            nextUnit = unit + 1
            index += 1
        }
        return nextUnit > 0 ? Int64(total) : nil
    }

    /// `m:ss` and `h:mm:ss`, where `mm` and `ss` are two digits below 60 and `ss` may have a fraction.
    private static func clockMilliseconds(_ characters: [UInt8]) -> Int64? {
        let fields = characters.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        var total = 0
        for (position, field) in fields.enumerated() {
            let isFirst = position == 0
            let isLast = position == fields.count - 1
            var index = 0
            let characters = Array(field)
            guard let part = numberPart(characters, from: &index), index == characters.count else { return nil }
            if !isFirst {
                let wholeDigits = characters.firstIndex(of: UInt8(ascii: ".")) ?? characters.count
                guard wholeDigits == 2, part.whole < 60 else { return nil }
            }
            if part.hasFraction, !isLast { return nil }
            total = total * 60 + part.whole * 1_000 + part.thousandths
        }
        return Int64(total)
    }

    private static func digitValue(_ character: UInt8) -> Int? {
        character >= UInt8(ascii: "0") && character <= UInt8(ascii: "9") ? Int(character - UInt8(ascii: "0")) : nil
    }
}
