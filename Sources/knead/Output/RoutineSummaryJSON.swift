import KneadCore

/// One routine as `knead list --json` prints it.
struct RoutineSummaryJSON: Encodable {
    var id: String
    var title: String
    var summary: String?
    var zone: String?
    var steps: Int
    var totalSeconds: Double
    var total: String
    var origin: String
    var path: String?

    init(entry: CatalogEntry, language: String?) {
        let routine = entry.routine
        let timeline = Timeline(routine: routine)
        id = routine.id
        title = routine.title.resolved(for: language)
        summary = routine.summary?.resolved(for: language)
        zone = routine.zone?.resolved(for: language)
        steps = timeline.steps.count
        totalSeconds = timeline.totalDuration.inSeconds
        total = timeline.totalDuration.clockText
        origin = entry.origin.label
        if case .file(let filePath) = entry.origin { path = filePath }
    }
}
