import KneadCore

extension Journal {
    /// Carries out `write`; `written` maps each new row's number to the id the journal gave it,
    /// and gains one for an inserted session.
    ///
    /// A write naming a row number the map does not hold is dropped: its session was never
    /// written (the journal refused its row for a reason other than a lock).
    func apply(_ write: JournalWrite, written: inout [Int: Int64]) throws(SQLiteError) {
        func id(of row: JournalWrite.Row) -> Int64? {
            switch row {
            case .journal(let id): id
            case .unwritten(let number): written[number]
            }
        }
        switch write {
        case .insertSession(let number, let start, let time):
            written[number] = try insertSession(start, at: time)
        case .stepReached(let row, let number, let time):
            guard let id = id(of: row) else { return }
            try updateStepReached(session: id, stepNumber: number, at: time)
        case .endSession(let row, let end, let time):
            guard let id = id(of: row) else { return }
            try endSession(id: id, end: end, at: time)
        case .event(let row, let kind, let step, let detail, let time):
            guard let id = id(of: row) else { return }
            try insertEvent(session: id, kind: kind, step: step, detail: detail, at: time)
        case .itHurts(let row, let step, let name, let choice, let time):
            guard let id = id(of: row) else { return }
            try insertItHurts(session: id, step: step, stepName: name, choice: choice, at: time)
        case .painAfter(let row, let rating, let time):
            guard let id = id(of: row) else { return }
            try setPainAfter(session: id, rating: rating, at: time)
        case .safetyAnswer(let answer, let time):
            try insertSafetyAnswer(answer, at: time)
        }
    }
}
