/// How long a snooze or a pause lasts, from `30m`, `2h`, `1d` (or a bare number in `defaultUnit`).
enum ReminderDelay {
    /// The longest snooze or pause: 30 days.
    static let longestSeconds = 30 * 86_400

    /// The seconds `text` stands for; nil for anything else, zero, or more than 30 days.
    static func seconds(_ text: String, defaultUnit: Character?) -> Int? {
        guard let last = text.last else { return nil }
        let unit: Character, digits: Substring
        if last.isASCII && last.isNumber {
            guard let defaultUnit else { return nil }
            (unit, digits) = (defaultUnit, Substring(text))
        } else {
            (unit, digits) = (last, text.dropLast())
        }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits), count > 0 else {
            return nil
        }
        let perUnit: Int
        switch unit {
        case "m": perUnit = 60
        case "h": perUnit = 3600
        case "d": perUnit = 86_400
        default: return nil
        }
        let seconds = count * perUnit
        return seconds <= longestSeconds ? seconds : nil
    }
}
