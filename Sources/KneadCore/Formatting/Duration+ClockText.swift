extension Duration {
    /// The length as a clock reading rounded up to whole seconds: `m:ss`, or `h:mm:ss` from an hour.
    public var clockText: String { ClockText.countdown(self) }
}
