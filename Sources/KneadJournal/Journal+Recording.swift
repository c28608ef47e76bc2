import KneadCore

/// The writes a session makes, each one short statement or transaction.
extension Journal {
    /// Writes the row of a session that starts now, with step 1 started; returns its id.
    func insertSession(_ start: SessionStartRecord, at time: LocalTime) throws(SQLiteError) -> Int64 {
        try connection.immediateTransaction { () throws(SQLiteError) -> Int64 in
            try run(
                """
                INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset, updated_at, step_count,
                    step_reached, pain_before, options, course_limit_overridden, sore_side, flare, gentle)
                VALUES (?1, ?2, ?3, ?4, ?3, ?5, 1, ?6, ?7, ?8, ?9, ?10, ?11)
                """,
                [
                    .text(start.routineID), .text(start.routineTitle), .integer(time.unixSeconds),
                    .integer(Int64(time.utcOffsetSeconds)), .integer(Int64(start.stepNames.count)),
                    .integer(start.painBefore), .text(SessionOptionsText.encode(start.options)),
                    .integer(start.courseLimitOverridden ? 1 : 0), .text(start.soreSide?.rawValue),
                    .integer(start.flare ? 1 : 0), .integer(start.gentle ? 1 : 0),
                ]
            )
            let id = connection.lastInsertedRowID
            if start.courseLimitOverridden {
                try run(
                    "INSERT INTO session_events (session_id, kind, step, detail, at) VALUES (?1, ?2, NULL, NULL, ?3)",
                    [.integer(id), .text(RecordedEvent.courseLimitOverridden), .integer(time.unixSeconds)]
                )
            }
            return id
        }
    }

    /// Notes that step `number` (from 1) of session `id` has started.
    func updateStepReached(session id: Int64, stepNumber number: Int, at time: LocalTime) throws(SQLiteError) {
        try run(
            "UPDATE sessions SET step_reached = max(step_reached, ?2), updated_at = ?3 WHERE id = ?1",
            [.integer(id), .integer(Int64(number)), .integer(time.unixSeconds)]
        )
    }

    /// Writes how session `id` ended, with the steps it skipped and the step it was quit in, in
    /// one transaction.
    func endSession(id: Int64, end: JournalWrite.End, at time: LocalTime) throws(SQLiteError) {
        try connection.immediateTransaction { () throws(SQLiteError) -> Void in
            try run(
                """
                UPDATE sessions SET ended_at = ?2, updated_at = ?2, ending = ?3, steps_done = ?4, steps_skipped = ?5,
                    active_seconds = ?6, paused_seconds = ?7, step_reached = max(step_reached, ?8)
                WHERE id = ?1
                """,
                [
                    .integer(id), .integer(time.unixSeconds), .text(end.ending.rawValue),
                    .integer(end.stepsDone), .integer(end.stepsSkipped),
                    end.activeSeconds.map { .real($0) } ?? .null, end.pausedSeconds.map { .real($0) } ?? .null,
                    .integer(Int64(end.stepReached)),
                ]
            )
            let events = end.skipped.map { (kind: RecordedEvent.stepSkipped, $0) } + (end.quitIn.map { [(kind: RecordedEvent.stepQuit, $0)] } ?? [])
            for (kind, step) in events {
                try run(
                    "INSERT INTO session_events (session_id, kind, step, detail, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    [.integer(id), .text(kind), .integer(Int64(step.step)), .text(step.name), .integer(time.unixSeconds)]
                )
            }
        }
    }

    /// Notes an event of session `id`.
    func insertEvent(session id: Int64, kind: String, step: Int?, detail: String?, at time: LocalTime) throws(SQLiteError) {
        try run(
            "INSERT INTO session_events (session_id, kind, step, detail, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            [.integer(id), .text(kind), .integer(step), .text(detail), .integer(time.unixSeconds)]
        )
    }

    /// Notes an "it hurts" press of session `id` and what was chosen; choosing gentle marks the session gentle.
    func insertItHurts(session id: Int64, step: Int, stepName: String, choice: ItHurtsChoice, at time: LocalTime) throws(SQLiteError) {
        try connection.immediateTransaction { () throws(SQLiteError) -> Void in
            try run(
                "INSERT INTO session_events (session_id, kind, step, detail, at, choice) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                [.integer(id), .text(RecordedEvent.itHurts), .integer(Int64(step)), .text(stepName), .integer(time.unixSeconds), .text(choice.rawValue)]
            )
            if choice == .gentle {
                try run("UPDATE sessions SET gentle = 1, updated_at = ?2 WHERE id = ?1", [.integer(id), .integer(time.unixSeconds)])
            }
        }
    }

    /// Keeps an answer given on a routine's safety check, with its date.
    func insertSafetyAnswer(_ answer: SafetyAnswer, at time: LocalTime) throws(SQLiteError) {
        try run(
            "INSERT INTO safety_answers (routine_id, question, reply, at, utc_offset) VALUES (?1, ?2, ?3, ?4, ?5)",
            [
                .text(answer.routineID), .text(answer.question.rawValue), .text(answer.reply.rawValue),
                .integer(time.unixSeconds), .integer(Int64(time.utcOffsetSeconds)),
            ]
        )
    }

    /// Writes the pain rating given after session `id`.
    func setPainAfter(session id: Int64, rating: Int?, at time: LocalTime) throws(SQLiteError) {
        try run("UPDATE sessions SET pain_after = ?2, updated_at = ?3 WHERE id = ?1", [.integer(id), .integer(rating), .integer(time.unixSeconds)])
    }
}
