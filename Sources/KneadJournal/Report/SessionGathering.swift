import KneadCore

/// The sessions of a report gathered in one pass, oldest first: each routine's tally and, for
/// the printable page, its sessions one by one.
struct SessionGathering {
    /// The routines met so far, numbered in the order met.
    var routines = RoutineIDs()
    /// Each routine's tally, by its number in `routines`.
    private(set) var tallies: [RoutineTally] = []
    /// Each routine's sessions, by its number, when they are wanted.
    private var sessions: [[ReportSession]] = []
    private let keepsSessions: Bool
    /// How often "it hurts" was pressed in each session with a press, by session id.
    private let presses: [Int64: Int]
    /// The start and id of the row added last.
    private var latest: (startedAt: Int64, id: Int64)?

    /// A gathering that keeps each session for the page when `withSessions`, with `presses`.
    init(withSessions: Bool, presses: [Int64: Int]) {
        keepsSessions = withSessions
        self.presses = presses
    }

    /// Adds `row`, whose routine has its number in `routines`; false, adding nothing, when it
    /// started before the row added last, as rows read in any order but their start's can.
    mutating func add(_ row: SessionRow) -> Bool {
        if let latest, (row.startedAt, row.id) < latest { return false }
        latest = (row.startedAt, row.id)
        if row.routine == tallies.count {
            tallies.append(RoutineTally(routineID: routines.names[row.routine], first: row))
            sessions.append([])
        } else {
            tallies[row.routine].add(row)
        }
        guard keepsSessions else { return true }
        sessions[row.routine].append(ReportSession(
            routineID: routines.names[row.routine], day: row.day, ending: row.ending, countsTowardsCourse: row.countsTowardsCourse,
            pain: row.pain, flare: row.flare, itHurtsPresses: presses.isEmpty ? 0 : presses[row.id] ?? 0
        ))
        return true
    }

    /// The routines' numbers in the order of their first session, as `ORDER BY min(started_at)` gives.
    var orderOfFirstSessions: [Int] {
        tallies.indices.sorted { first, second in
            let (one, other) = (tallies[first], tallies[second])
            return one.firstStart != other.firstStart ? one.firstStart < other.firstStart : one.routineID < other.routineID
        }
    }

    /// Each routine's sessions, oldest first, by routine id. (Ids whose bytes differ but that
    /// read as the same text, which knead never writes, share one list.)
    var sessionsByRoutine: [String: [ReportSession]] {
        keepsSessions ? Dictionary(zip(routines.names, sessions), uniquingKeysWith: +) : [:]
    }
}
