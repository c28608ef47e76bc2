import KneadCore

/// The figures of one routine for the report: counts, average pain, trend, skipped steps.
struct RoutineReport {
    /// How many of the latest rated sessions the trend shows.
    static let trendLength = 10

    let routineID: String
    let title: String
    let sessions: Int
    let courses: Int
    let endings: [SessionEnding: Int]
    let averageBefore: Double?
    let averageAfter: Double?
    /// The average of after minus before, over the sessions rated both times.
    let averageChange: Double?
    /// The latest rated sessions' ratings, the oldest first.
    let trend: [PainRatings]
    /// The steps skipped, the most often first, with how often.
    let skipped: [(name: String, count: Int)]
    /// How often the "it hurts" key was pressed.
    let itHurts: Int

    /// The figures of `sessions` (all of one routine, oldest first).
    init(sessions list: [RecordedSession], restDays: Int?) {
        routineID = list.first?.routineID ?? ""
        title = list.last?.routineTitle ?? routineID
        sessions = list.count
        courses = CourseStanding.courseCount(of: list.filter(\.countsTowardsCourse).map(\.day), restDays: restDays)
        var endings: [SessionEnding: Int] = [:]
        var skipCounts: [String: Int] = [:]
        var itHurts = 0
        for session in list {
            endings[session.ending, default: 0] += 1
            for name in session.skippedStepNames { skipCounts[name, default: 0] += 1 }
            itHurts += session.events.filter { $0.kind == RecordedEvent.itHurts }.count
        }
        self.endings = endings
        self.itHurts = itHurts
        skipped = skipCounts.map { (name: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        let befores = list.compactMap(\.pain.before)
        let afters = list.compactMap(\.pain.after)
        let changes = list.compactMap { session in session.pain.before.flatMap { before in session.pain.after.map { $0 - before } } }
        averageBefore = Self.mean(befores)
        averageAfter = Self.mean(afters)
        averageChange = Self.mean(changes)
        trend = Array(list.map(\.pain).filter { $0.before != nil || $0.after != nil }.suffix(Self.trendLength))
    }

    private static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}
