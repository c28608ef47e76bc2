import KneadCore
import KneadJournal

/// A routine's id with where its course stands today: one line of `knead status`.
struct RoutineStatus {
    var routineID: String
    var status: CourseStatus

    /// The standing of each routine of `routines` that has a course under way, in their order,
    /// from the journal's facts; routines never begun, or whose course lapsed, are left out.
    ///
    /// The journal is told the routines' course rules first (best effort), so the quick
    /// `status --short` follows a script that changed.
    static func underWay(in journal: Journal, routines: [Routine], today: CalendarDay) -> [RoutineStatus] {
        try? journal.noteCourses(of: routines)
        let facts = journal.facts(for: routines, today: today)
        return routines.compactMap { routine in
            guard let status = facts[routine.id]?.courseStatus(for: routine.course), status.state != .noCourse else { return nil }
            return RoutineStatus(routineID: routine.id, status: status)
        }
    }

    /// `lumbar: due today (session 6 of at most 14)`.
    func line(in words: Wording) -> String {
        "\(routineID): \(status.line(in: words))"
    }

    /// The standing as one JSON object.
    var json: String {
        var state: String, day: CalendarDay?
        switch status.state {
        case .noCourse: state = "no-course"
        case .dueToday: state = "due-today"
        case .doneToday: state = "done-today"
        case .nextOn(let next): (state, day) = ("next", next)
        case .restingUntil(let end): (state, day) = ("resting", end)
        case .courseComplete(let end): (state, day) = ("course-complete", end)
        }
        return "{\"routine\": \(JSONLiteral.string(routineID)), \"state\": \"\(state)\", \"date\": \(JSONLiteral.string(day?.iso)), "
            + "\"session\": \(status.session), \"maxSessions\": \(JSONLiteral.number(status.maxSessions))}"
    }
}
