/// Where a session was quit, kept apart from the steps the person chose to skip.
extension SessionReport {
    /// The step (by index) the person was in when they quit, or nil when the session ran to its end.
    ///
    /// The engine counts the step a quit cuts short among the skipped ones; it is always the
    /// last of them, because every step after it is either never reached or left out.
    public var quitStep: Int? {
        endedEarly ? skipped.max() : nil
    }

    /// The steps the person skipped on purpose, by index: the skipped ones without the step quit in.
    public var skippedByChoice: [Int] {
        guard let quitStep else { return skipped }
        return skipped.filter { $0 != quitStep }
    }
}
