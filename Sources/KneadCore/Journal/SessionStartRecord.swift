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
    /// Which side the person said hurts more; nil when they were not asked.
    public var soreSide: SoreSide?
    /// Whether the person said it is a flare (acute pain).
    public var flare: Bool
    /// Whether the session began in gentle mode (stroking and rest only).
    public var gentle: Bool

    public init(
        routineID: String, routineTitle: String, stepNames: [String], painBefore: Int?,
        options: [String: String], courseLimitOverridden: Bool,
        soreSide: SoreSide? = nil, flare: Bool = false, gentle: Bool = false
    ) {
        self.soreSide = soreSide
        self.flare = flare
        self.gentle = gentle
        self.routineID = routineID
        self.routineTitle = routineTitle
        self.stepNames = stepNames
        self.painBefore = painBefore
        self.options = options
        self.courseLimitOverridden = courseLimitOverridden
    }

    /// The record of a session of `timeline`, its step names in `language`.
    public init(
        timeline: Timeline, language: String?, painBefore: Int?, options: [String: String], courseLimitOverridden: Bool,
        soreSide: SoreSide? = nil, flare: Bool = false
    ) {
        let routine = timeline.routine
        self.init(
            routineID: routine.id, routineTitle: routine.title.resolved(for: language),
            stepNames: timeline.steps.map { Self.name(of: $0, language: language) },
            painBefore: painBefore, options: options, courseLimitOverridden: courseLimitOverridden,
            soreSide: soreSide, flare: flare, gentle: timeline.isGentle
        )
    }

    /// A step's name as the journal keeps it, its side after it in the same language:
    /// `Kneading (left)`, `Разминание (левая)`.
    public static func name(of step: Step, language: String?) -> String {
        var name = StepWording.name(of: step, language: language)
        if !step.isTransition, let side = step.side { name += " (\(Wording(code: language).sideWord(side)))" }
        return name
    }
}
