"""The history: sessions, holds and pain ratings in one SQLite file in the data folder.

* Numbered migrations driven by ``PRAGMA user_version``; WAL journal; foreign keys on;
  CHECK constraints on every rating (0–10) and duration, so a bad value is refused by
  the database as well as by the model.
* Every hold is committed the moment it ends: a crash loses at most the hold in progress.
* One backup a day with the sqlite3 backup API, the last seven kept.
* A file that fails ``PRAGMA integrity_check`` (or is not a database at all) is moved aside
  untouched, the newest good backup is restored, and :attr:`HistoryStore.notice` says
  what happened and where the damaged file is.

Times in the database are UTC ISO 8601 text; the session clock stays monotonic.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Outcome
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.records import HoldRow, SessionOutcome
from holdpoint.storage.errors import HistoryError

if TYPE_CHECKING:  # only for the signatures: kept off the start-up path
    from holdpoint.core.demo import DemoSession
    from holdpoint.core.trends import SessionSummary

DB_NAME = "history.sqlite3"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
DEMO_NOTE = "[demo history]"

#: One row per session with every rating as a column (NULL where not given); add
#: a WHERE and GROUP BY session_id after it.
RATINGS_PIVOT = """
    SELECT session_id,
           max(CASE WHEN kind = 'leg' AND moment = 'before' THEN value END) AS lb,
           max(CASE WHEN kind = 'leg' AND moment = 'after' THEN value END) AS la,
           max(CASE WHEN kind = 'back' AND moment = 'before' THEN value END) AS bb,
           max(CASE WHEN kind = 'back' AND moment = 'after' THEN value END) AS ba,
           max(CASE WHEN kind = 'leg' AND moment = 'next_morning' THEN value END) AS lm,
           max(CASE WHEN kind = 'back' AND moment = 'next_morning' THEN value END) AS bm
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


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)  # explicit transactions
    connection.text_factory = _lenient_text  # damaged text never crashes a read
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _healthy(path: Path) -> bool:
    try:
        # mode=rw, not ro: SQLite 3.40 skips CHECK constraints in integrity_check on a
        # read-only connection. A pragma read does not write to the file.
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        connection.text_factory = _lenient_text
        try:
            # integrity_check, not quick_check: it also catches index rows out of step
            # and values that break a CHECK (a rating flipped to 200 would otherwise
            # open without complaint and show the person wrong data).
            return bool(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # damage can reach the report itself
        return False


class HistoryStore:
    """One open history database. Use :meth:`open`; close it with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notice: str = "") -> None:
        self.connection = connection
        self.path = path
        self.notice = notice

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, data_dir: Path) -> HistoryStore:
        path = data_dir / DB_NAME
        notice = ""
        if path.exists() and not _healthy(path):
            notice = cls._recover(path)
        try:
            connection = _connect(path)
            os.chmod(path, 0o600)  # the person's health data: readable by them only
            connection.execute("PRAGMA journal_mode = WAL")
            store = cls(connection, path, notice)
            store._migrate()
        except sqlite3.DatabaseError as error:
            raise HistoryError(f"cannot open the history {path}: {error}") from None
        return store

    @staticmethod
    def _recover(path: Path) -> str:
        """Move a damaged file aside, untouched, and restore the newest good backup."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"history.damaged-{stamp}.sqlite3")
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
        for backup in sorted((path.parent / BACKUP_DIR).glob("history-*.sqlite3"), reverse=True):
            if _healthy(backup):
                source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
                target = sqlite3.connect(path)
                with target:
                    source.backup(target)
                source.close()
                target.close()
                return (
                    f"Your history file was damaged. It was kept as {aside}, and the backup "
                    f"of {backup.stem.removeprefix('history-')} was restored."
                )
        return (
            f"Your history file was damaged and there was no good backup. It was kept as "
            f"{aside}; a new, empty history was started."
        )

    def _migrate(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise HistoryError(
                f"{self.path} was written by a newer Holdpoint (schema {version}); "
                "update Holdpoint to read it"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.connection.execute(statement)
                self.connection.execute(f"PRAGMA user_version = {number}")

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; a refused value becomes a :class:`HistoryError`."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            yield self.connection
            self.connection.execute("COMMIT")
        except sqlite3.Error as error:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            refused = isinstance(error, sqlite3.IntegrityError)
            raise HistoryError(_explain(error, self.path), refused) from None

    # ------------------------------------------------------------------ writing

    def start_session(self, routine: str = "", started_at: str | None = None) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (started_at, routine) VALUES (?, ?)",
                (started_at or utc_now(), routine),
            )
        return int(cursor.lastrowid or 0)

    def add_hold(self, session_id: int, hold: HoldRow, ended_at: str | None = None) -> int:
        """Commit one finished hold at once (a crash must not lose it)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO holds (session_id, zone, side, rep, planned_s, actual_s, outcome,"
                " tenderness, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, hold.zone, str(hold.side), hold.rep, hold.planned_s, hold.actual_s,
                 str(hold.outcome), hold.tenderness, ended_at or utc_now()),
            )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def rate(self, session_id: int, kind: PainKind, moment: Moment, value: int) -> None:
        """Store a 0–10 rating (a later one for the same moment replaces it)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO ratings (session_id, kind, moment, value, rated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, kind, moment)"
                " DO UPDATE SET value = excluded.value, rated_at = excluded.rated_at",
                (session_id, str(kind), str(moment), value, utc_now()),
            )

    def set_tenderness(self, hold_id: int, value: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE holds SET tenderness = ? WHERE id = ?", (value, hold_id))

    def add_note(self, session_id: int, note: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET note = trim(note || ' ' || ?) WHERE id = ?",
                (note, session_id),
            )

    def finish_session(
        self, session_id: int, outcome: SessionOutcome, ended_at: str | None = None
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET ended_at = ?, outcome = ? WHERE id = ?",
                (ended_at or utc_now(), str(outcome), session_id),
            )

    def add_demo(self, sessions: Iterable[DemoSession]) -> int:
        """Write synthetic sessions (marked as demo) in one transaction; returns how many."""
        count = 0
        with self.transaction() as db:
            for session in sessions:
                cursor = db.execute(
                    "INSERT INTO sessions (started_at, ended_at, routine, outcome, note)"
                    " VALUES (?, ?, ?, 'completed', ?)",
                    (session.started_at.isoformat(timespec="seconds"),
                     session.ended_at.isoformat(timespec="seconds"), session.routine, DEMO_NOTE),
                )  # fmt: skip
                session_id = cursor.lastrowid
                ended = session.ended_at.isoformat(timespec="seconds")
                db.executemany(
                    "INSERT INTO holds (session_id, zone, side, rep, planned_s, actual_s,"
                    " outcome, tenderness, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(session_id, h.zone, str(h.side), h.rep, h.planned_s, h.actual_s,
                      str(h.outcome), h.tenderness, ended) for h in session.holds],
                )  # fmt: skip
                db.executemany(
                    "INSERT INTO ratings (session_id, kind, moment, value, rated_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(session_id, kind, moment, value, ended)
                     for (kind, moment), value in session.ratings.items()],
                )  # fmt: skip
                count += 1
        return count

    def first_session_day(self) -> dt.date | None:
        """The local day of the first session the person did (demo ones aside)."""
        row = self.connection.execute(
            "SELECT min(started_at) FROM sessions WHERE note != ?", (DEMO_NOTE,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        try:
            return dt.datetime.fromisoformat(str(row[0])).astimezone().date()
        except ValueError:
            return None

    def real_session_count(self) -> int:
        """Sessions a person did (not demo ones)."""
        query = "SELECT count(*) FROM sessions WHERE note != ?"
        return int(self.connection.execute(query, (DEMO_NOTE,)).fetchone()[0])

    # ------------------------------------------------------------------ reading

    def holds(self, session_id: int) -> list[HoldRow]:
        rows = self.connection.execute(
            "SELECT zone, side, rep, planned_s, actual_s, outcome, tenderness FROM holds"
            " WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [
            HoldRow(zone, Side(side), rep, planned, actual, Outcome(outcome), tenderness)
            for zone, side, rep, planned, actual, outcome, tenderness in rows
        ]

    def summaries(self, since: str = "") -> list[SessionSummary]:
        """One :class:`SessionSummary` per session since ``since`` (ISO), oldest first."""
        from holdpoint.core.trends import SessionSummary

        rows = self.connection.execute(
            f"""
            WITH r AS ({RATINGS_PIVOT}
                 WHERE session_id IN (SELECT id FROM sessions WHERE started_at >= :since)
                 GROUP BY session_id),
            h AS (
                SELECT session_id, group_concat(DISTINCT zone) AS zones,
                       sum(actual_s) AS seconds
                  FROM holds
                 WHERE outcome = 'completed'
                   AND session_id IN (SELECT id FROM sessions WHERE started_at >= :since)
                 GROUP BY session_id)
            SELECT s.id, s.started_at, s.routine, r.lb, r.la, r.bb, r.ba, h.zones,
                   coalesce(h.seconds, 0), r.lm, r.bm
              FROM sessions s
              LEFT JOIN r ON r.session_id = s.id
              LEFT JOIN h ON h.session_id = s.id
             WHERE s.started_at >= :since
             ORDER BY s.started_at
            """,
            {"since": since},
        )
        return [
            SessionSummary(
                row[0],
                dt.datetime.fromisoformat(row[1]),
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                tuple((row[7] or "").split(",")) if row[7] else (),
                row[8],
                leg_morning=row[9],
                back_morning=row[10],
            )
            for row in rows
        ]

    def delete_session(self, session_id: int) -> dict[str, list[tuple[object, ...]]]:
        """Delete a session with its holds and ratings; returns the rows, for undo."""
        db = self.connection
        saved = {
            table: db.execute(f"SELECT * FROM {table} WHERE {key} = ?", (session_id,)).fetchall()
            for table, key in (
                ("sessions", "id"),
                ("holds", "session_id"),
                ("ratings", "session_id"),
            )
        }
        with self.transaction():
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))  # cascades
        return saved

    def restore(self, saved: dict[str, list[tuple[object, ...]]]) -> None:
        """Put back what :meth:`delete_session` removed (undo)."""
        with self.transaction() as db:
            for table in ("sessions", "holds", "ratings"):  # parents first
                for row in saved[table]:
                    marks = ", ".join("?" * len(row))
                    db.execute(f"INSERT INTO {table} VALUES ({marks})", row)

    def next_morning_candidate(self, today: dt.date) -> int | None:
        """The last session, if it was on one of the two days before ``today`` (local time)
        and has no next-morning rating yet: the one to ask about this morning."""
        row = self.connection.execute(
            "SELECT id, started_at FROM sessions ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        day = dt.datetime.fromisoformat(row[1]).astimezone().date()
        if not 1 <= (today - day).days <= 2:
            return None
        asked = self.connection.execute(
            "SELECT 1 FROM ratings WHERE session_id = ? AND moment = 'next_morning'", (row[0],)
        ).fetchone()
        return None if asked else int(row[0])

    def rate_many(
        self, session_id: int, moment: Moment, values: Mapping[PainKind, int | None]
    ) -> None:
        """Several ratings of one moment at once; a skipped one (None) is not stored."""
        for kind, value in values.items():
            if value is not None:
                self.rate(session_id, kind, moment, value)

    def tenderness(self, zone: str, since: str = "") -> dict[str, list[tuple[str, int]]]:
        """Tenderness ratings of ``zone`` over time: {side: [(session start, value), ...]}."""
        rows = self.connection.execute(
            "SELECT h.side, s.started_at, h.tenderness FROM holds h"
            " JOIN sessions s ON s.id = h.session_id"
            " WHERE h.zone = ? AND h.tenderness IS NOT NULL AND s.started_at >= ?"
            " ORDER BY s.started_at, h.id",
            (zone, since),
        )
        by_side: dict[str, list[tuple[str, int]]] = {"left": [], "right": []}
        for side, started, value in rows:
            by_side.setdefault(side, []).append((started, value))
        return by_side

    def session_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM sessions").fetchone()[0])

    # ------------------------------------------------------------------ backups

    def backup(self, today: dt.date | None = None) -> Path | None:
        """Today's backup (made once a day); older ones beyond the last seven are removed."""
        folder = self.path.parent / BACKUP_DIR
        day = (today or dt.date.today()).isoformat()
        target = folder / f"history-{day}.sqlite3"
        if target.exists():
            return None
        folder.mkdir(mode=0o700, exist_ok=True)
        partial = target.with_suffix(".partial")
        copy = sqlite3.connect(partial)
        try:
            with copy:
                self.connection.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
        for old in sorted(folder.glob("history-*.sqlite3"))[:-BACKUPS_KEPT]:
            old.unlink()
        return target


def _explain(error: sqlite3.Error, path: Path) -> str:
    text = str(error)
    if "CHECK constraint failed" in text:
        return f"a value out of range was refused by the history ({text.split(':')[-1].strip()})"
    if isinstance(error, sqlite3.OperationalError) and (
        "readonly" in text or "disk" in text or "full" in text
    ):
        return f"the history {path} cannot be written ({text}): nothing was changed"
    return f"the history {path} could not be updated: {text}"
