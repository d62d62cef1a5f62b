"""Reading the history's rows defensively.

A sound file can still hold a row that breaks a rule: a date that is not a date, a side
or outcome this Holdpoint does not know, a rating out of range (written by another tool,
or by a later version, or a flipped bit the file's structure does not show). Such a row
is left where it is, in the file; the readers leave it out (never an exception to the
caller), and :func:`count_unreadable` counts them for the store's notice.

The SQL predicates here and the Python checks below say the same thing.
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Outcome
from holdpoint.core.i18n import translate
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.records import HoldRow, SessionOutcome

if TYPE_CHECKING:  # loaded with the History, not at start-up
    from holdpoint.core.trends import SessionSummary


def _in(values: Iterable[enum.StrEnum]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


_NUMBER = "IN ('integer', 'real')"
#: A hold row that can be read (every column as the schema's CHECKs require).
HOLD_OK = f"""(
    side IN {_in(Side)} AND outcome IN {_in(Outcome)}
    AND typeof(zone) = 'text' AND length(zone) > 0
    AND typeof(rep) = 'integer' AND rep >= 1
    AND typeof(planned_s) {_NUMBER} AND planned_s > 0
    AND typeof(actual_s) {_NUMBER} AND actual_s >= 0
    AND (tenderness IS NULL OR (typeof(tenderness) = 'integer' AND tenderness BETWEEN 0 AND 10))
)"""
#: A rating's value that can be shown (a whole number 0–10).
VALUE_OK = "typeof(value) = 'integer' AND value BETWEEN 0 AND 10"
RATING_OK = f"(kind IN {_in(PainKind)} AND moment IN {_in(Moment)} AND {VALUE_OK})"

_SESSION_OUTCOMES = frozenset({None, *SessionOutcome})
_SIDES = frozenset(Side)  # StrEnum members equal their text
_OUTCOMES = frozenset(Outcome)


#: The years a stored time may be in: any clock can show them (Windows has no time
#: before 1970), and none of them is a flipped digit away from overflowing.
_YEARS = range(1971, 9000)


def when(text: object) -> dt.datetime | None:
    """A stored time (ISO 8601 text), or None if it is not one that can be shown."""
    if not isinstance(text, str):
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.year in _YEARS else None


def session_ok(started_at: object, outcome: object) -> bool:
    return when(started_at) is not None and outcome in _SESSION_OUTCOMES


def rating(value: object) -> int | None:
    """A stored rating, or None if there is none or it is not a whole number 0–10."""
    return value if type(value) is int and 0 <= value <= 10 else None


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def hold_row(row: tuple[object, ...]) -> HoldRow | None:
    """(zone, side, rep, planned_s, actual_s, outcome, tenderness) as a HoldRow, or None."""
    zone, side, rep, planned, actual, outcome, tenderness = row
    if not (
        isinstance(zone, str)
        and zone
        and isinstance(side, str)
        and side in _SIDES
        and isinstance(outcome, str)
        and outcome in _OUTCOMES
        and isinstance(rep, int)
        and rep >= 1
        and _number(planned)
        and _number(actual)
        and (tenderness is None or rating(tenderness) is not None)
    ):
        return None
    assert isinstance(planned, int | float) and isinstance(actual, int | float)
    if not (planned > 0 and actual >= 0):
        return None
    return HoldRow(
        zone,
        Side(side),
        rep,
        float(planned),
        float(actual),
        Outcome(outcome),
        rating(tenderness),
    )


def summaries(cursor: Iterable[tuple[Any, ...]]) -> list[SessionSummary]:
    """The rows of :meth:`HistoryStore.summaries`'s query (id, started_at, routine, four
    ratings, zones, seconds, two morning ratings, outcome) as SessionSummaries, leaving
    out a session whose start or outcome cannot be read. The ratings come through
    :data:`VALUE_OK` in the query: a whole number 0–10, or None."""
    from holdpoint.core.trends import SessionSummary

    summaries = []
    for row in cursor:
        started = when(row[1])
        if started is None or row[11] not in _SESSION_OUTCOMES:
            continue
        routine, zones, seconds = row[2], row[7], row[8]
        summaries.append(
            SessionSummary(
                row[0],
                started,
                routine if isinstance(routine, str) else "",
                row[3],
                row[4],
                row[5],
                row[6],
                tuple(zones.split(",")) if isinstance(zones, str) and zones else (),
                float(seconds) if isinstance(seconds, int | float) else 0.0,
                leg_morning=row[9],
                back_morning=row[10],
            )
        )
    return summaries


def count_unreadable(connection: sqlite3.Connection, every_rule: bool = True) -> int:
    """Rows of sessions, holds and ratings that the readers leave out.

    Without ``every_rule`` (the file's integrity check found no CHECK rule broken) only
    the sessions are looked at: their times are text no rule checks, while the holds
    and ratings keep their CHECK rules (ten years of holds: 50 ms saved at every open).
    """
    sessions = sum(
        not session_ok(started_at, outcome)
        for started_at, outcome in connection.execute("SELECT started_at, outcome FROM sessions")
    )
    if not every_rule:
        return int(sessions)
    others = connection.execute(
        f"SELECT (SELECT count(*) FROM holds WHERE NOT coalesce({HOLD_OK}, 0))"
        f" + (SELECT count(*) FROM ratings WHERE NOT coalesce({RATING_OK}, 0))"
    ).fetchone()[0]
    return int(sessions) + int(others)


def unreadable_notice(count: int, path: Path) -> str:
    if count == 1:
        return translate(
            "rows",
            "1 entry in your history could not be read; it is kept in {path} "
            "and left out of what Holdpoint shows.",
        ).format(path=path)
    return translate(
        "rows",
        "{count} entries in your history could not be read; they are kept in {path} "
        "and left out of what Holdpoint shows.",
    ).format(count=count, path=path)
