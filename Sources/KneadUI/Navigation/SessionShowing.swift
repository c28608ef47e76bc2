/// A feature that shows a session, under way or ended, so the app can tell the shell about it.
protocol SessionShowing {
    /// The session shown and the rules it was followed by; nil when there is none yet.
    var shownSession: SessionDriver? { get }
}

extension SessionFeature: SessionShowing {
    var shownSession: SessionDriver? { driver }
}

extension PainQuestionFeature: SessionShowing {
    var shownSession: SessionDriver? { driver }
}

extension SummaryFeature: SessionShowing {
    var shownSession: SessionDriver? { driver }
}
