"""The history's schema: numbered migrations (``PRAGMA user_version`` says how many have
run) and the one query shape shared by the History and the CSV export."""

from __future__ import annotations

from holdpoint.storage.rows import VALUE_OK

#: One row per session with every rating as a column (NULL where not given, or not a
#: whole number 0–10); add a WHERE and GROUP BY session_id after it.
RATINGS_PIVOT = f"""
    SELECT session_id,
           max(CASE WHEN kind = 'leg' AND moment = 'before' AND {VALUE_OK}
                    THEN value END) AS lb,
           max(CASE WHEN kind = 'leg' AND moment = 'after' AND {VALUE_OK}
                    THEN value END) AS la,
           max(CASE WHEN kind = 'back' AND moment = 'before' AND {VALUE_OK}
                    THEN value END) AS bb,
           max(CASE WHEN kind = 'back' AND moment = 'after' AND {VALUE_OK}
                    THEN value END) AS ba,
           max(CASE WHEN kind = 'leg' AND moment = 'next_morning' AND {VALUE_OK}
                    THEN value END) AS lm,
           max(CASE WHEN kind = 'back' AND moment = 'next_morning' AND {VALUE_OK}
                    THEN value END) AS bm
      FROM ratings"""

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions, holds, ratings
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        routine TEXT NOT NULL DEFAULT '',
        outcome TEXT CHECK (outcome IN ('completed', 'stopped')),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE holds (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        zone TEXT NOT NULL CHECK (length(zone) > 0),
        side TEXT NOT NULL CHECK (side IN ('left', 'right')),
        rep INTEGER NOT NULL CHECK (rep >= 1),
        planned_s REAL NOT NULL CHECK (planned_s > 0),
        actual_s REAL NOT NULL CHECK (actual_s >= 0),
        outcome TEXT NOT NULL
            CHECK (outcome IN ('completed', 'skipped', 'stopped', 'eased_off')),
        tenderness INTEGER CHECK (tenderness BETWEEN 0 AND 10),
        ended_at TEXT NOT NULL
    );
    CREATE INDEX holds_by_session ON holds(session_id);
    CREATE TABLE ratings (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('leg', 'back')),
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'next_morning')),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        rated_at TEXT NOT NULL,
        UNIQUE (session_id, kind, moment)
    );
    CREATE INDEX sessions_by_start ON sessions(started_at);
    """,
    # 2: covering indexes for the History's one row per session (summaries()): SQLite
    # reads them instead of the tables; ten years of sessions 72 -> 41 ms.
    """
    DROP INDEX holds_by_session;
    CREATE INDEX holds_by_session ON holds(session_id, outcome, zone, actual_s);
    CREATE INDEX ratings_by_session ON ratings(session_id, kind, moment, value);
    """,
)
