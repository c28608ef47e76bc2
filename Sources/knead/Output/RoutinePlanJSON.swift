import KneadCore

/// A routine's whole plan as `knead show --json` prints it.
struct RoutinePlanJSON: Encodable {
    /// One step of the plan.
    struct StepJSON: Encodable {
        var number: Int
        var kind: String
        var name: String
        var technique: String
        var area: String
        /// The region worked (`collar-zone`), the one the point lies in when only a point is named.
        var region: String?
        /// Which way the hands move (`up`, `outward`…).
        var direction: String?
        /// The acupressure point pressed (`thumb-index`…).
        var point: String?
        var side: String?
        var seconds: Double
        var startsAtSeconds: Double
        var endsAtSeconds: Double
        var reps: Int?
        var cadence: Double?
        var instructions: String
        var caution: String?
    }

    /// The safety information in the user's language.
    struct SafetyJSON: Encodable {
        var contraindications: [String]
        var stopIf: [String]
        var notes: [String]
        /// What to check once, before the very first session (absent when nothing).
        var firstTimeCheck: String?
        /// What the routine may do in a flare: `gentle` (only its gentle steps) or `avoid` (not done).
        var inFlare: String
    }

    /// The course limits in the user's language.
    struct CourseJSON: Encodable {
        var everyDays: Int?
        var perWeek: Int?
        var maxSessions: Int?
        var longestDays: Int?
        var restDays: Int?
        var note: String?
    }

    var id: String
    var title: String
    var summary: String?
    var zone: String?
    var position: String?
    var totalSeconds: Double
    var total: String
    var safety: SafetyJSON
    var course: CourseJSON?
    var source: String?
    var steps: [StepJSON]

    init(routine: Routine, language: String?) {
        let timeline = Timeline(routine: routine)
        let texts = { (list: [LocalizedText]) in list.map { $0.resolved(for: language) } }
        id = routine.id
        title = routine.title.resolved(for: language)
        summary = routine.summary?.resolved(for: language)
        zone = routine.zone?.resolved(for: language)
        position = routine.position?.resolved(for: language)
        totalSeconds = timeline.totalDuration.inSeconds
        total = timeline.totalDuration.clockText
        safety = SafetyJSON(
            contraindications: texts(routine.safety.contraindications),
            stopIf: texts(routine.safety.stopIf),
            notes: texts(routine.safety.notes),
            firstTimeCheck: routine.safety.firstTimeCheck?.resolved(for: language),
            inFlare: routine.safety.inFlare.rawValue
        )
        course = routine.course.map {
            var everyDays: Int?, perWeek: Int?
            switch $0.rhythm {
            case .everyDays(let days)?: everyDays = days
            case .perWeek(let sessions)?: perWeek = sessions
            case nil: break
            }
            return CourseJSON(
                everyDays: everyDays, perWeek: perWeek, maxSessions: $0.maxSessions, longestDays: $0.longestDays,
                restDays: $0.restDays, note: $0.note?.resolved(for: language)
            )
        }
        source = routine.source?.resolved(for: language)
        var start: Duration = .zero
        steps = timeline.steps.enumerated().map { index, step in
            defer { start += step.duration }
            return StepJSON(
                number: index + 1,
                kind: step.isTransition ? "transition" : "move",
                name: StepWording.name(of: step, language: language),
                technique: step.stage.technique.rawValue,
                area: step.stage.area.resolved(for: language),
                region: step.stage.shownRegion?.rawValue,
                direction: step.stage.direction?.rawValue,
                point: step.stage.point?.rawValue,
                side: step.side?.rawValue,
                seconds: step.duration.inSeconds,
                startsAtSeconds: start.inSeconds,
                endsAtSeconds: (start + step.duration).inSeconds,
                reps: step.isTransition ? nil : step.stage.reps,
                cadence: step.isTransition ? nil : step.stage.cadence,
                instructions: step.isTransition
                    ? StepWording.transitionInstructions(for: step, language: language)
                    : step.stage.instructions.resolved(for: language),
                caution: step.isTransition ? nil : step.stage.caution?.resolved(for: language)
            )
        }
    }
}
