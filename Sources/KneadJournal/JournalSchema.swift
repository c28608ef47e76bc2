/// The journal's tables, built by numbered migrations; `PRAGMA user_version` holds the number applied.
///
/// A migration is never changed once released: a new version appends one, so a journal written
/// by any earlier knead is brought up to date step by step.
enum JournalSchema {
    /// The migrations in order; the journal's version is how many of them it has.
    static let migrations: [String] = [
        // 1: one row per session, written at its start and brought up to date as it goes.
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            routine_id TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            utc_offset INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            ended_at INTEGER,
            ending TEXT CHECK (ending IN ('finished', 'quit', 'signal')),
            step_count INTEGER NOT NULL,
            step_reached INTEGER NOT NULL DEFAULT 0,
            steps_done INTEGER,
            steps_skipped INTEGER,
            active_seconds REAL,
            paused_seconds REAL,
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            options TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at);
        CREATE INDEX sessions_by_start ON sessions (started_at);
        """,
        // 2: what happened during a session (steps skipped, later the "it hurts" key), and
        // whether it began past its course's limit.
        """
        CREATE TABLE session_events (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            step INTEGER,
            detail TEXT,
            at INTEGER NOT NULL
        );
        CREATE INDEX session_events_by_session ON session_events (session_id);
        ALTER TABLE sessions ADD COLUMN course_limit_overridden INTEGER NOT NULL DEFAULT 0;
        """,
        // 3: the safety check's answers (kept whether or not a session followed), the sore
        // side, flare and gentle mode of each session, and what was chosen after "it hurts".
        """
        CREATE TABLE safety_answers (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            question TEXT NOT NULL,
            reply TEXT NOT NULL,
            at INTEGER NOT NULL,
            utc_offset INTEGER NOT NULL
        );
        CREATE INDEX safety_answers_by_routine ON safety_answers (routine_id, question, at);
        ALTER TABLE sessions ADD COLUMN sore_side TEXT CHECK (sore_side IN ('left', 'right', 'neither'));
        ALTER TABLE sessions ADD COLUMN flare INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN gentle INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE session_events ADD COLUMN choice TEXT;
        """,
        // 4: the step a session was quit in is no longer counted as skipped. Before, quitting
        // noted the step it cut short as `step_skipped`; it was always the last one noted for
        // a session that ended by quitting or a signal, so that one becomes `step_quit`.
        """
        UPDATE session_events SET kind = 'step_quit'
        WHERE kind = 'step_skipped'
            AND session_id IN (SELECT id FROM sessions WHERE ending IN ('quit', 'signal'))
            AND step = (
                SELECT max(other.step) FROM session_events other
                WHERE other.session_id = session_events.session_id AND other.kind = 'step_skipped'
            );
        UPDATE sessions SET steps_skipped = steps_skipped - 1
        WHERE steps_skipped > 0 AND id IN (SELECT session_id FROM session_events WHERE kind = 'step_quit');
        """,
        // 5: the course rules of each routine with a course, as its script last gave them, so
        // that `knead status --short` answers from the journal alone, without reading scripts.
        """
        CREATE TABLE IF NOT EXISTS course_rules (
            routine_id TEXT PRIMARY KEY,
            every_days INTEGER,
            per_week INTEGER,
            max_sessions INTEGER,
            longest_days INTEGER,
            rest_days INTEGER
        ) WITHOUT ROWID;
        """,
    ]

    /// The version a journal has once every migration is applied.
    static var currentVersion: Int { migrations.count }
}
