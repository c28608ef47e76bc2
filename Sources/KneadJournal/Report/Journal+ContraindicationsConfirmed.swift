import KneadCore

/// The safety answers the printable report lists.
extension Journal {
    /// The local days on which the person said none of a routine's contraindications applied,
    /// from `since` to `until`, by routine id, each routine's days oldest first and once each.
    public func contraindicationsConfirmed(routineID: String?, since: CalendarDay?, until: CalendarDay?) throws(JournalError) -> [String: [CalendarDay]] {
        do {
            var (filter, values) = Self.reportFilter(routineID: routineID, since: since, until: until, instant: "s.at")
            values += [.text(SafetyAnswer.Question.contraindications.rawValue), .text(SafetyAnswer.Reply.noneApply.rawValue)]
            let rows = try connection.prepare("""
                SELECT DISTINCT s.routine_id, (s.at + s.utc_offset) / 86400 AS day FROM safety_answers s
                WHERE \(filter) AND s.question = ?\(values.count - 1) AND s.reply = ?\(values.count)
                ORDER BY s.routine_id, day
                """)
            try rows.bind(values)
            var days: [String: [CalendarDay]] = [:]
            while try rows.step() {
                days[rows.text(at: 0) ?? "", default: []].append(CalendarDay(number: Int(rows.integer(at: 1) ?? 0)))
            }
            rows.reset()
            return days
        } catch {
            throw .database(path: path, error)
        }
    }
}
