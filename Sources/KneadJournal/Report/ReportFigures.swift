/// What the reports read from the journal: each routine's figures and, for the printable page,
/// its sessions one by one.
public struct ReportFigures: Hashable, Sendable {
    /// Each routine's figures, in the order of their first session.
    public var summaries: [RoutineSummary]
    /// Each routine's sessions, oldest first, by routine id; empty unless they were asked for.
    public var sessions: [String: [ReportSession]]

    public init(summaries: [RoutineSummary], sessions: [String: [ReportSession]]) {
        self.summaries = summaries
        self.sessions = sessions
    }
}
