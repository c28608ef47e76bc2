import KneadCore

/// The pain part of the summary after a session: "pain 6 → 3", and the routine's recent trend
/// as two sparklines on the fixed 0–10 scale.
struct PainSummary {
    /// This session's ratings.
    let ratings: PainRatings
    /// The routine's earlier rated sessions, the oldest first (this one not among them).
    let earlier: [PainRatings]
    let theme: Theme

    /// The sessions the trend shows: the earlier ones and this one, at most ten.
    private var trendSessions: [PainRatings] { Array((earlier + [ratings]).suffix(10)) }

    /// `Pain  6 → 3`, first among the facts; nil when neither rating was given.
    var headline: LayoutBlock? {
        guard ratings.before != nil || ratings.after != nil else { return nil }
        return FinishedScreen.fact(theme.words[.finishedPain], PainScale.change(before: ratings.before, after: ratings.after), priority: 1, theme: theme)
    }

    /// The sparklines of the trend, before and after, once two sessions have ratings.
    var trend: [LayoutBlock] {
        let sessions = trendSessions
        guard sessions.count > 1, sessions.contains(where: { $0.before != nil || $0.after != nil }) else { return [] }
        return [
            FinishedScreen.fact(theme.words[.finishedTrendBefore], PainScale.sparkline(sessions.map(\.before)), priority: 4, theme: theme),
            FinishedScreen.fact(theme.words[.finishedTrendAfter], PainScale.sparkline(sessions.map(\.after)), priority: 4, theme: theme),
        ]
    }
}
