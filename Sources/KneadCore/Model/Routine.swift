/// A whole massage routine as read from a script: its stages and what to know before the start.
public struct Routine: Hashable, Sendable {
    /// The default get-ready pause before a step that changes side.
    public static let defaultTransition: Duration = .seconds(5)

    /// The short name used on the command line, such as `collar`.
    public var id: String
    /// Shown in lists and at the top of the screen.
    public var title: LocalizedText
    /// One or two sentences on what the routine is for.
    public var summary: LocalizedText?
    /// The main body zone, such as "collar zone".
    public var zone: LocalizedText?
    /// How to sit or lie.
    public var position: LocalizedText?
    /// The get-ready pause before a step that changes side; zero turns it off.
    public var transition: Duration
    /// When not to start, and when to stop.
    public var safety: Safety
    /// The limits of a course of sessions.
    public var course: Course?
    /// Where the routine's facts come from, and which figures are defaults.
    public var source: LocalizedText?
    /// The moves in order; never empty in a loaded routine.
    public var stages: [Stage]

    public init(
        id: String, title: LocalizedText, summary: LocalizedText? = nil, zone: LocalizedText? = nil,
        position: LocalizedText? = nil, transition: Duration = Routine.defaultTransition,
        safety: Safety = Safety(), course: Course? = nil, source: LocalizedText? = nil,
        stages: [Stage]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.zone = zone
        self.position = position
        self.transition = transition
        self.safety = safety
        self.course = course
        self.source = source
        self.stages = stages
    }
}
