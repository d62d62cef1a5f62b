"""The history: sessions, holds and pain ratings in one SQLite file in the data folder.

* Numbered migrations driven by ``PRAGMA user_version``; WAL journal; foreign keys on;
  CHECK constraints on every rating (0–10) and duration, so a bad value is refused by
  the database as well as by the model.
* Every hold is committed the moment it ends: a crash loses at most the hold in progress.
* One backup a day, the last seven kept (:mod:`holdpoint.storage.backups`); a backup
  that cannot be written is a warning and a line in :attr:`HistoryStore.notice`.
* Damage is judged by the file, never by an error of the moment
  (:mod:`holdpoint.storage.integrity`). A damaged file — or an empty one while a good
  backup exists — is moved aside untouched, the newest good backup is restored, and
  :attr:`HistoryStore.notice` says what happened and where the file is. A file locked
  by another program, or one this user may not read, is waited for or refused with a
  :class:`HistoryError` subclass and never moved.
* Rows are read defensively (:mod:`holdpoint.storage.rows`): a row that breaks a rule
  stays in the file, is left out of what is read, and the notice counts it.

Times in the database are UTC ISO 8601 text; the session clock stays monotonic.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from holdpoint.core.i18n import translate
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.records import HoldRow, SessionOutcome
from holdpoint.storage import backups, integrity, rows
from holdpoint.storage.backups import BACKUP_DIR, BACKUPS_KEPT
from holdpoint.storage.errors import (
    HistoryBusy,
    HistoryDenied,
    HistoryError,
    HistoryTooNew,
    HistoryUnreadable,
)
from holdpoint.storage.integrity import Verdict
from holdpoint.storage.schema import MIGRATIONS, RATINGS_PIVOT

if TYPE_CHECKING:  # only for the signatures: kept off the start-up path
    from holdpoint.core.demo import DemoSession
    from holdpoint.core.trends import SessionSummary

__all__ = [
    "BACKUPS_KEPT",
    "BACKUP_DIR",
    "DB_NAME",
    "MIGRATIONS",
    "RATINGS_PIVOT",
    "HistoryBusy",
    "HistoryDenied",
    "HistoryError",
    "HistoryStore",
    "HistoryTooNew",
    "HistoryUnreadable",
    "HoldRow",
]

log = logging.getLogger(__name__)

DB_NAME = "history.sqlite3"
DEMO_NOTE = "[demo history]"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    connection = integrity.connect(path)  # explicit transactions; waits for a lock
    connection.text_factory = integrity.lenient_text  # damaged text never crashes a read
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _join(*notices: str) -> str:
    return " ".join(notice for notice in notices if notice)


class HistoryStore:
    """One open history database. Use :meth:`open`; close it with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notice: str = "") -> None:
        self.connection = connection
        self.path = path
        self.notice = notice

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, data_dir: Path) -> HistoryStore:
        """Open (or start) the history in ``data_dir``. Raises a :class:`HistoryError`
        (subclass) whose message is one line naming the file; a damaged file is
        recovered from a backup and :attr:`notice` says so."""
        path = data_dir / DB_NAME
        notice, verdict = "", Verdict.EMPTY
        if path.exists() or path.is_symlink():
            verdict = integrity.check(path)  # raises for busy, permissions, a folder
            if verdict is Verdict.DAMAGED:
                notice = backups.recover(path, backups.newest_sound(data_dir / BACKUP_DIR), False)
            elif verdict is Verdict.EMPTY:  # empty with a good backup beside it: damaged
                backup = backups.newest_sound(data_dir / BACKUP_DIR)
                if backup is not None:
                    notice = backups.recover(path, backup, True)
        try:
            connection = _connect(path)
        except sqlite3.Error as error:
            raise integrity.opening_error(error, path) from None
        try:
            store = cls(connection, path, notice)
            store._refuse_newer()  # before anything is written to it
            connection.execute("PRAGMA journal_mode = WAL")
            store._migrate()
            unreadable = rows.count_unreadable(connection, verdict is not Verdict.SOUND)
        except (sqlite3.Error, HistoryError) as error:
            connection.close()
            if isinstance(error, HistoryError):
                raise
            raise integrity.opening_error(error, path) from None
        if unreadable:
            store.notice = _join(store.notice, rows.unreadable_notice(unreadable, path))
        try:
            os.chmod(path, 0o600)  # the person's health data: readable by them only
        except OSError as error:  # e.g. a file of another user's: it still opened
            log.warning("could not make %s private: %s", path, error)
        return store

    def _refuse_newer(self) -> None:
        if self.version > len(MIGRATIONS):
            raise HistoryTooNew(
                translate(
                    "history",
                    "The history {path} was written by a newer Holdpoint (schema {version}); "
                    "update Holdpoint to read it. It was left as it is.",
                ).format(path=self.path, version=self.version)
            )

    def _migrate(self) -> None:
        version = self.version
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
                try:
                    self.connection.execute("ROLLBACK")
                except sqlite3.Error:  # SQLite rolls back itself when it cannot go on
                    log.warning("rollback failed in %s", self.path)
            problem = integrity.not_damage(error, self.path)
            if isinstance(problem, HistoryBusy):
                raise problem from None
            refused = isinstance(error, sqlite3.IntegrityError)
            raise HistoryError(integrity.explain_write(error, self.path), refused) from None

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
        cursor = self.connection.execute(
            "SELECT started_at FROM sessions WHERE note != ? ORDER BY started_at", (DEMO_NOTE,)
        )
        for (text,) in cursor:  # the first that is a readable time (usually the first)
            started = rows.when(text)
            if started is not None:
                return started.astimezone().date()
        return None

    def last_routine(self) -> str:
        """The routine name of the last session the person did ("" if none, or unnamed)."""
        row = self.connection.execute(
            "SELECT routine FROM sessions WHERE note != ? ORDER BY started_at DESC, id DESC"
            " LIMIT 1",
            (DEMO_NOTE,),
        ).fetchone()
        return row[0] if row is not None and isinstance(row[0], str) else ""

    def real_session_count(self) -> int:
        """Sessions a person did (not demo ones)."""
        query = "SELECT count(*) FROM sessions WHERE note != ?"
        return int(self.connection.execute(query, (DEMO_NOTE,)).fetchone()[0])

    # ------------------------------------------------------------------ reading

    def holds(self, session_id: int) -> list[HoldRow]:
        """The session's holds in order (one that cannot be read is left out)."""
        cursor = self.connection.execute(
            "SELECT zone, side, rep, planned_s, actual_s, outcome, tenderness FROM holds"
            " WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [hold for hold in map(rows.hold_row, cursor) if hold is not None]

    def summaries(self, since: str = "") -> list[SessionSummary]:
        """One :class:`SessionSummary` per session since ``since`` (ISO), oldest first;
        a session whose start or outcome cannot be read is left out."""
        cursor = self.connection.execute(
            f"""
            WITH r AS ({RATINGS_PIVOT}
                 WHERE session_id IN (SELECT id FROM sessions WHERE started_at >= :since)
                 GROUP BY session_id),
            h AS (
                SELECT session_id, group_concat(DISTINCT zone) AS zones,
                       total(actual_s) AS seconds
                  FROM holds
                 WHERE outcome = 'completed' AND actual_s >= 0
                   AND session_id IN (SELECT id FROM sessions WHERE started_at >= :since)
                 GROUP BY session_id)
            SELECT s.id, s.started_at, s.routine, r.lb, r.la, r.bb, r.ba, h.zones,
                   coalesce(h.seconds, 0), r.lm, r.bm, s.outcome
              FROM sessions s
              LEFT JOIN r ON r.session_id = s.id
              LEFT JOIN h ON h.session_id = s.id
             WHERE s.started_at >= :since
             ORDER BY s.started_at
            """,
            {"since": since},
        )
        return rows.summaries(cursor)

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
        cursor = self.connection.execute(
            "SELECT id, started_at FROM sessions ORDER BY started_at DESC"
        )
        for session_id, text in cursor:  # noqa: B007 (the last that is a readable time)
            started = rows.when(text)
            if started is not None:
                break
        else:
            return None
        if not 1 <= (today - started.astimezone().date()).days <= 2:
            return None
        asked = self.connection.execute(
            "SELECT 1 FROM ratings WHERE session_id = ? AND moment = 'next_morning'",
            (session_id,),
        ).fetchone()
        return None if asked else int(session_id)

    def rate_many(
        self, session_id: int, moment: Moment, values: Mapping[PainKind, int | None]
    ) -> None:
        """Several ratings of one moment at once; a skipped one (None) is not stored."""
        for kind, value in values.items():
            if value is not None:
                self.rate(session_id, kind, moment, value)

    def tenderness(self, zone: str, since: str = "") -> dict[str, list[tuple[str, int]]]:
        """Tenderness ratings of ``zone`` over time: {side: [(session start, value), ...]};
        only the sides left and right, and only times and values that can be read."""
        cursor = self.connection.execute(
            "SELECT h.side, s.started_at, h.tenderness FROM holds h"
            " JOIN sessions s ON s.id = h.session_id"
            " WHERE h.zone = ? AND h.tenderness IS NOT NULL AND s.started_at >= ?"
            " ORDER BY s.started_at, h.id",
            (zone, since),
        )
        by_side: dict[str, list[tuple[str, int]]] = {"left": [], "right": []}
        for side, started, value in cursor:
            tenderness = rows.rating(value)
            if side in by_side and rows.when(started) is not None and tenderness is not None:
                by_side[side].append((started, tenderness))
        return by_side

    def session_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM sessions").fetchone()[0])

    # ------------------------------------------------------------------ backups

    def backup(self, today: dt.date | None = None) -> Path | None:
        """Today's backup (made once a day); older ones beyond the last seven are removed
        (see :mod:`holdpoint.storage.backups`). A backup that cannot be written is a
        logged warning and a line in :attr:`notice`, never an exception: returns None."""
        folder = self.path.parent / BACKUP_DIR
        try:
            return backups.write_daily(
                self.connection, folder, today or dt.date.today(), self.session_count()
            )
        except (OSError, sqlite3.Error) as error:
            problem = backups.failed(folder, error)
            log.warning("%s", problem)
            self.notice = _join(self.notice, problem)
            return None
