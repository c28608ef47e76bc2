/// Numbers as the page writes them: pain with one decimal, coordinates with at most one.
enum ReportNumber {
    /// `5.8`: one decimal, rounded; `-0.5` below zero.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// `+1.5`, `-2.0` or `0.0`: a change, its sign always shown when it is not zero.
    static func signed(_ value: Double) -> String {
        let text = oneDecimal(value)
        return value > 0 && text != "0.0" ? "+" + text : text
    }

    /// A coordinate: a whole number, or one decimal when it has a fraction.
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return "\(tenths / 10)" }
        return oneDecimal(Double(tenths) / 10)
    }
}
