extension Duration {
    /// The length as a clock reading rounded up to whole seconds: `m:ss`, or `h:mm:ss` from an hour.
    ///
    /// Rounding up matches a countdown: it shows 0:00 only when the time is up.
    public var clockText: String {
        let total = max(0, secondsRoundedUp)
        let hours = total / 3600, minutes = total / 60 % 60, seconds = total % 60
        let paddedSeconds = seconds < 10 ? "0\(seconds)" : "\(seconds)"
        guard hours > 0 else { return "\(total / 60):\(paddedSeconds)" }
        let paddedMinutes = minutes < 10 ? "0\(minutes)" : "\(minutes)"
        return "\(hours):\(paddedMinutes):\(paddedSeconds)"
    }
}
