/// Durations written the way a clock shows them: `m:ss`, or `h:mm:ss` from one hour.
public enum ClockText {
    /// `seconds` as `m:ss` or `h:mm:ss`; negative counts as zero.
    public static func string(seconds: Int64) -> String {
        let total = max(0, seconds)
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let secondsPart = twoDigits(total % 60)
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(secondsPart)" : "\(minutes):\(secondsPart)"
    }

    /// A countdown's time left: whole seconds rounded up, so 0:00 shows only when the time is up.
    public static func countdown(_ duration: Duration) -> String {
        string(seconds: duration.secondsRoundedUp)
    }

    /// A length of time spent, in whole seconds rounded to the nearest.
    public static func elapsed(_ duration: Duration) -> String {
        string(seconds: Int64(duration.inSeconds.rounded()))
    }

    /// A number of at most two digits written with two, as clocks and dates write it: `07`.
    public static func twoDigits(_ value: some BinaryInteger) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
