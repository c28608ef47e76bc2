import KneadCore

extension RecordedSession {
    /// The names of the steps it skipped, in order.
    var skippedStepNames: [String] {
        events.filter { $0.kind == RecordedEvent.stepSkipped }.map { $0.detail ?? "step \($0.step ?? 0)" }
    }
}
