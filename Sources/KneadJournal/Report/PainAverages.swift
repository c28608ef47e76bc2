import KneadCore

/// The average pain before and after of sessions added one at a time, and the average change
/// over the sessions rated both times.
///
/// Each sum is kept whole and divided once, so the averages do not depend on the order the
/// sessions come in, and they are the ones SQLite's `avg()` gives for the same ratings (its
/// running total of small whole numbers is exact too).
public struct PainAverages: Hashable, Sendable {
    /// How many sessions were added, rated or not.
    public private(set) var sessions = 0
    private var before = Total()
    private var after = Total()
    private var change = Total()

    public init() {}

    public mutating func add(_ pain: PainRatings) {
        sessions += 1
        before.add(pain.before)
        after.add(pain.after)
        change.add(pain.after.flatMap { after in pain.before.map { after - $0 } })
    }

    public var averageBefore: Double? { before.mean }
    public var averageAfter: Double? { after.mean }
    public var averageChange: Double? { change.mean }

    /// A sum of whole numbers and how many there were.
    private struct Total: Hashable, Sendable {
        var sum = 0
        var count = 0

        mutating func add(_ value: Int?) {
            guard let value else { return }
            sum += value
            count += 1
        }

        var mean: Double? { count == 0 ? nil : Double(sum) / Double(count) }
    }
}
