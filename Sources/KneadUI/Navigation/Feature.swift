import KneadCore

/// One screen or box of the app, with the one shape the router needs and nothing more.
///
/// A feature owns its state. It turns an input into a `Transition` (stay, with commands for
/// the shell; go to another screen; go back; open or close a box; exit), draws itself into an
/// area of the screen, lists its keys for the help, and says when it next changes by itself.
/// It reads what it needs of the app from the `AppContext` it is handed and never reads a
/// file, the clock or the journal.
protocol Feature: Sendable {
    /// The feature's name in `AppModel.screenName`, such as `picker` or `quitConfirmation`.
    var name: String { get }

    /// Applies an input in `context`, and says where the app goes next.
    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition

    /// Draws the feature into `area` of `screen` as it is at `now`; nothing into an empty area.
    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant)

    /// The sections of keys the help lists while this feature is on show, its own first.
    var helpSections: [KeySection] { get }

    /// When the feature next changes by itself after `now`; nil when only an input changes it.
    func nextChange(after now: Instant) -> Instant?

    /// Whether the feature is the app's home: leaving a routine comes back to it, where
    /// otherwise knead would exit.
    var isHome: Bool { get }

    /// Brings the feature up to date with a new terminal size, such as by keeping a scroll
    /// within what can be seen.
    mutating func resize(in context: AppContext)
}

extension Feature {
    var isHome: Bool { false }

    func nextChange(after now: Instant) -> Instant? { nil }

    mutating func resize(in context: AppContext) {}
}
