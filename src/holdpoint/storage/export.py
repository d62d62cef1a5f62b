"""CSV export of the history, for a spreadsheet or a clinician.

``FILE`` gets one row per session; ``FILE`` with ``-holds`` before the suffix gets one
row per hold. The columns are listed in the README and in :data:`SESSION_COLUMNS` and
:data:`HOLD_COLUMNS`. A rating that was not given is an empty cell, never a number.
"""

from __future__ import annotations

import csv
from pathlib import Path

from holdpoint.storage.history import RATINGS_PIVOT, HistoryStore

SESSION_COLUMNS = (
    "session", "started_at", "ended_at", "routine", "outcome",
    "leg_before", "leg_after", "back_before", "back_after",
    "leg_next_morning", "back_next_morning",
    "holds_completed", "holds_skipped", "hold_seconds", "note",
)  # fmt: skip
HOLD_COLUMNS = (
    "session", "session_started_at", "zone", "side", "rep", "planned_s", "actual_s",
    "outcome", "tenderness", "ended_at",
)  # fmt: skip


def holds_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-holds{path.suffix or '.csv'}")


def export_csv(store: HistoryStore, path: Path, since: str = "") -> tuple[int, int]:
    """Write the two files; returns (sessions, holds) written."""
    db = store.connection
    sessions = db.execute(
        f"""
        WITH r AS ({RATINGS_PIVOT} GROUP BY session_id),
        h AS (
            SELECT session_id,
                   sum(outcome = 'completed') AS completed,
                   sum(outcome = 'skipped') AS skipped,
                   round(sum(CASE WHEN outcome = 'completed' THEN actual_s END), 1)
                       AS seconds
              FROM holds GROUP BY session_id)
        SELECT s.id, s.started_at, coalesce(s.ended_at, ''), s.routine,
               coalesce(s.outcome, ''), r.lb, r.la, r.bb, r.ba, r.lm, r.bm,
               coalesce(h.completed, 0), coalesce(h.skipped, 0), coalesce(h.seconds, 0), s.note
          FROM sessions s
          LEFT JOIN r ON r.session_id = s.id
          LEFT JOIN h ON h.session_id = s.id
         WHERE s.started_at >= ? ORDER BY s.started_at
        """,
        (since,),
    ).fetchall()
    holds = db.execute(
        """
        SELECT h.session_id, s.started_at, h.zone, h.side, h.rep, h.planned_s, h.actual_s,
               h.outcome, h.tenderness, h.ended_at
          FROM holds h JOIN sessions s ON s.id = h.session_id
         WHERE s.started_at >= ? ORDER BY h.session_id, h.id
        """,
        (since,),
    ).fetchall()
    for target, columns, rows in (
        (path, SESSION_COLUMNS, sessions),
        (holds_path(path), HOLD_COLUMNS, holds),
    ):
        with open(target, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            writer.writerows(["" if value is None else value for value in row] for row in rows)
    return len(sessions), len(holds)
