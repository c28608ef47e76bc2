/// What the journal writes when a session starts: the routine, its steps and the options in force.
public struct SessionStartRecord: Hashable, Sendable {
    /// The routine's id, such as `collar`.
    public var routineID: String
    /// The routine's title as shown.
    public var routineTitle: String
    /// The name of each step of the timeline, in order, so skipped steps can be named.
    public var stepNames: [String]
    /// The pain before the first step, if the person gave it.
    public var painBefore: Int?
    /// The options in force, by name (`bell`, `plain`, `language`…).
    public var options: [String: String]
    /// Whether the person started although the course had reached its most sessions.
    public var courseLimitOverridden: Bool

    public init(
        routineID: String, routineTitle: String, stepNames: [String], painBefore: Int?,
        options: [String: String], courseLimitOverridden: Bool
    ) {
        self.routineID = routineID
        self.routineTitle = routineTitle
        self.stepNames = stepNames
        self.painBefore = painBefore
        self.options = options
        self.courseLimitOverridden = courseLimitOverridden
    }

    /// The record of a session of `timeline`, its step names in `language`.
    public init(
        timeline: Timeline, language: String?, painBefore: Int?, options: [String: String], courseLimitOverridden: Bool
    ) {
        let routine = timeline.routine
        self.init(
            routineID: routine.id, routineTitle: routine.title.resolved(for: language),
            stepNames: timeline.steps.map { step in
                var name = StepWording.name(of: step, language: language)
                if !step.isTransition, let side = step.side { name += " (\(side.rawValue))" }
                return name
            },
            painBefore: painBefore, options: options, courseLimitOverridden: courseLimitOverridden
        )
    }
}
