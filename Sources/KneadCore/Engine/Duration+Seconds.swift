extension Duration {
    /// The length in seconds as a floating-point number, for display and progress only.
    public var inSeconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// The number of whole seconds shown on a countdown: the length rounded up.
    ///
    /// A countdown shows 5 from 5.0 s down to just above 4.0 s, and 0 only when the time is up.
    public var secondsRoundedUp: Int64 {
        let parts = components
        return parts.attoseconds > 0 ? parts.seconds + 1 : parts.seconds
    }
}
