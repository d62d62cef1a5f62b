"""The history file under faults, on real files in a temporary folder.

The rule: damage is judged by the file, never by an error of the moment, and nothing a
person recorded is ever lost or silently replaced. For every fault, opening either works
(with what can be read) or fails with one HistoryError subclass whose message is one
line naming the file; and the original file is either byte for byte where it was, or
kept aside byte for byte. A busy file and a file this user may not read are never moved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import pickle
import pwd
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import holdpoint.core.trends  # noqa: F401  (loaded before a forked child needs it)
from holdpoint.storage import backups, integrity
from holdpoint.storage.history import (
    BACKUP_DIR,
    DB_NAME,
    HistoryBusy,
    HistoryDenied,
    HistoryError,
    HistoryStore,
    HistoryTooNew,
    HistoryUnreadable,
    HoldRow,
)

SESSIONS = 40  # several pages, so that a page "in the middle" is not the header
PAGE = 4096
BACKUP_DAY = dt.date(2026, 11, 22)
NEWEST = "2026-11-23T08:00:00+00:00"  # the session after the backup


def make_history(folder: Path, journal: str = "wal") -> None:
    """SESSIONS sessions; a backup before the newest one (lost only if the file is)."""
    store = HistoryStore.open(folder)
    start = dt.datetime(2026, 10, 1, 8, tzinfo=dt.UTC)
    for number in range(SESSIONS):
        if number == SESSIONS - 1:
            store.backup(BACKUP_DAY)
            started = NEWEST
        else:
            started = (start + dt.timedelta(days=number)).isoformat()
        session = store.start_session("Back chain", started)
        for rep in (1, 2):
            store.add_hold(session, HoldRow("piriformis", "left", rep, 30.0, 30.0, "completed"))
        store.rate(session, "leg", "before", 6)
        store.rate(session, "leg", "after", 4)
        store.add_note(session, f"session {number} " + "x" * 200)
        store.finish_session(session, "completed")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if journal != "wal":
        store.connection.execute(f"PRAGMA journal_mode = {journal}")
    store.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Result:
    """What opening gave, gathered where it ran (possibly in another process)."""

    error: type[BaseException] | None = None
    message: str = ""
    notice: str = ""
    digest_on_open: str = ""  # the file's bytes right after opening, before any write
    sessions: int = 0
    summaries: int = 0
    holds_of_first: int = 0


def attempt(folder: Path) -> Result:
    """Open the history, read everything a person could look at, then write to it."""
    path = folder / DB_NAME
    try:
        store = HistoryStore.open(folder)
    except Exception as error:
        return Result(type(error), str(error))
    try:
        on_open = digest(path)
        report = [line for (line,) in store.connection.execute("PRAGMA quick_check")]
        assert all(line == "ok" or line.startswith("CHECK constraint") for line in report)
        summaries = store.summaries()
        for summary in summaries:
            _ = (summary.day, summary.relief, summary.started.timestamp())
        store.first_session_day()
        store.next_morning_candidate(dt.date(2026, 11, 24))
        store.tenderness("piriformis")
        holds = store.holds(1)
        result = Result(
            notice=store.notice,
            digest_on_open=on_open,
            sessions=store.session_count(),
            summaries=len(summaries),
            holds_of_first=len(holds),
        )
        store.add_hold(
            store.start_session(), HoldRow("soleus", "right", 1, 30.0, 30.0, "completed")
        )
        return result
    finally:
        store.close()


def as_unprivileged(function: Callable[[Path], Result], folder: Path) -> Result:
    """Run ``function(folder)`` as the user ``nobody`` (root reads any file whatever its
    permissions): in a forked child that gives up root, the folder handed to nobody."""
    if os.geteuid() != 0:
        return function(folder)
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root with no unprivileged user 'nobody': permissions cannot apply")
    for item in (folder, *folder.rglob("*")):
        os.chown(item, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            payload = pickle.dumps(function(folder))
        except BaseException as error:
            payload = pickle.dumps(Result(RuntimeError, f"the child failed: {error!r}"))
        with os.fdopen(write, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as data:
        result: Result = pickle.loads(data.read())
    os.waitpid(pid, 0)
    return result


@contextlib.contextmanager
def held_by_another_program(path: Path, exclusive_mode: bool) -> Iterator[None]:
    """Another process holds the history locked (and has begun writing to it)."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        + ("c.execute('PRAGMA locking_mode = EXCLUSIVE')\n" if exclusive_mode else "")
        + "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute(\"INSERT INTO sessions (started_at) VALUES ('2026-11-24T08:00:00')\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    locker = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline() == "locked\n"
        yield
    finally:
        locker.kill()
        locker.wait()
        assert locker.stdin is not None and locker.stdout is not None
        locker.stdin.close()
        locker.stdout.close()


def _cut(length: Callable[[int], int]) -> Callable[[Path], None]:
    def fault(folder: Path) -> None:
        path = folder / DB_NAME
        data = path.read_bytes()
        path.write_bytes(data[: length(len(data))])

    return fault


def _overwrite(start: Callable[[int], int], count: Callable[[int], int], zero: bool = False):
    def fault(folder: Path) -> None:
        path = folder / DB_NAME
        data = bytearray(path.read_bytes())
        at, size = start(len(data)), count(len(data))
        rng = random.Random(at)
        data[at : at + size] = bytes(size) if zero else rng.randbytes(size)
        path.write_bytes(bytes(data))

    return fault


def _garbage_beside(suffix: str) -> Callable[[Path], None]:
    def fault(folder: Path) -> None:
        (folder / (DB_NAME + suffix)).write_bytes(random.Random(suffix).randbytes(3 * PAGE))

    return fault


def _sql(*statements: str) -> Callable[[Path], None]:
    def fault(folder: Path) -> None:
        with contextlib.closing(sqlite3.connect(folder / DB_NAME)) as db:
            db.execute("PRAGMA ignore_check_constraints = ON")  # as another tool might
            for statement in statements:
                db.execute(statement)
            db.commit()
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    return fault


def _a_folder(folder: Path) -> None:
    (folder / DB_NAME).unlink()
    (folder / DB_NAME).mkdir()
    (folder / DB_NAME / "something").write_text("kept")


def _mode(mode: int) -> Callable[[Path], None]:
    return lambda folder: (folder / DB_NAME).chmod(mode)


# The file kept aside and a backup restored / opened where it is / opened where it is,
# with a row that cannot be read (left out and counted in the notice).
RECOVERED, OPENS, ROWS = "recovered", "opens", "opens, a row unread"
UNREADABLE_ONE = "1 entry in your history could not be read"

# name: (fault, expected, needs: "" | "lock" | "lock-rollback" | "nobody")
FAULTS: dict[str, tuple[Callable[[Path], None], object, str]] = {
    "truncated to 0 bytes": (_cut(lambda n: 0), RECOVERED, ""),
    "truncated to 50 bytes": (_cut(lambda n: 50), RECOVERED, ""),
    "truncated to 100 bytes": (_cut(lambda n: 100), RECOVERED, ""),
    "truncated to half": (_cut(lambda n: n // 2), RECOVERED, ""),
    "one page short": (_cut(lambda n: n - PAGE), RECOVERED, ""),
    "garbage header": (_overwrite(lambda n: 0, lambda n: 16), RECOVERED, ""),
    "all zeros": (_overwrite(lambda n: 0, lambda n: n, zero=True), RECOVERED, ""),
    "a zeroed page in the middle": (
        _overwrite(lambda n: (n // PAGE // 2) * PAGE, lambda n: PAGE, zero=True),
        RECOVERED,
        "",
    ),
    "random bytes over the last page": (
        _overwrite(lambda n: n - PAGE, lambda n: PAGE),
        RECOVERED,
        "",
    ),
    "garbage -wal": (_garbage_beside("-wal"), OPENS, ""),
    "garbage -shm": (_garbage_beside("-shm"), OPENS, ""),
    "a folder where the file should be": (_a_folder, HistoryUnreadable, ""),
    "a future schema": (_sql("PRAGMA user_version = 99"), HistoryTooNew, ""),
    "an unknown extra table": (_sql("CREATE TABLE later_feature (x TEXT)"), OPENS, ""),
    "a session with a bad date": (
        _sql("UPDATE sessions SET started_at = 'last tuesday' WHERE id = 5"),
        ROWS,
        "",
    ),
    "a hold with an unknown side": (_sql("UPDATE holds SET side = 'up' WHERE id = 1"), ROWS, ""),
    "a hold with an unknown outcome": (
        _sql("UPDATE holds SET outcome = 'paused' WHERE id = 2"),
        ROWS,
        "",
    ),
    "a session with an unknown outcome": (
        _sql("UPDATE sessions SET outcome = 'abandoned' WHERE id = 3"),
        ROWS,
        "",
    ),
    "a rating of an unknown moment": (
        _sql("UPDATE ratings SET moment = 'at noon' WHERE id = 1"),
        ROWS,
        "",
    ),
    "a rating out of range": (_sql("UPDATE ratings SET value = 200 WHERE id = 1"), ROWS, ""),
    "locked by another program": (lambda folder: None, HistoryBusy, "lock"),
    "locked, rollback journal": (lambda folder: None, HistoryBusy, "lock-rollback"),
    "no read permission": (_mode(0o000), HistoryDenied, "nobody"),
    "read-only file": (_mode(0o400), HistoryDenied, "nobody"),
}


@pytest.fixture
def folder() -> Iterator[Path]:
    """A data folder that another user could be given (tmp_path's parents are root's)."""
    made = Path(tempfile.mkdtemp(prefix="holdpoint-faults-"))
    yield made
    shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(integrity, "BUSY_TIMEOUT_S", 0.3)


@pytest.mark.parametrize("name", FAULTS)
def test_every_fault_opens_or_fails_cleanly_and_keeps_the_file(folder, name):
    fault, expected, needs = FAULTS[name]
    make_history(folder, journal="delete" if needs == "lock-rollback" else "wal")
    path = folder / DB_NAME
    fault(folder)
    original = digest(path) if path.is_file() else ""  # root reads it whatever its mode
    if needs == "nobody":
        result = as_unprivileged(attempt, folder)
    elif needs.startswith("lock"):
        with held_by_another_program(path, exclusive_mode=needs == "lock"):
            result = attempt(folder)
            assert digest(path) == original  # while still locked: nothing was touched
    else:
        result = attempt(folder)
    aside = sorted(folder.glob("history.damaged-*.sqlite3"))

    if result.error is not None:  # refused: one HistoryError subclass, one line, the file
        assert issubclass(result.error, HistoryError), result
        assert "\n" not in result.message and str(path) in result.message, result.message
        assert result.error is expected, result
        assert not aside  # never moved, never replaced
        if path.is_dir():
            assert (path / "something").read_text() == "kept"
        else:
            assert digest(path) == original
        return
    assert expected in (RECOVERED, OPENS, ROWS), f"{name}: opened, expected {expected}"
    if expected == RECOVERED:
        (kept,) = aside
        assert digest(kept) == original and str(kept) in result.notice
        restored = "empty" if name == "truncated to 0 bytes" else "damaged"
        assert f"was {restored}" in result.notice
        assert f"backup of {BACKUP_DAY} was restored" in result.notice
        assert result.sessions == SESSIONS - 1  # all but the session after the backup
    else:
        assert not aside and result.digest_on_open == original  # read where it was
        assert result.sessions == SESSIONS
        assert (UNREADABLE_ONE in result.notice) == (expected == ROWS), result.notice


@pytest.mark.parametrize(
    ("name", "summaries", "holds_of_first"),
    [
        ("a session with a bad date", SESSIONS - 1, 2),
        ("a session with an unknown outcome", SESSIONS - 1, 2),
        ("a hold with an unknown side", SESSIONS, 1),
        ("a hold with an unknown outcome", SESSIONS, 1),
        ("a rating of an unknown moment", SESSIONS, 2),
        ("a rating out of range", SESSIONS, 2),
    ],
)
def test_a_row_that_cannot_be_read_is_left_out_counted_and_kept(
    folder, name, summaries, holds_of_first
):
    make_history(folder)
    FAULTS[name][0](folder)
    result = attempt(folder)
    assert result.error is None and result.notice.startswith(UNREADABLE_ONE), result
    assert str(folder / DB_NAME) in result.notice and "\n" not in result.notice
    assert (result.summaries, result.holds_of_first) == (summaries, holds_of_first)


def test_summaries_never_raise_on_bad_stored_values(folder):
    make_history(folder)
    _sql(
        "UPDATE sessions SET started_at = '0001-01-01T00:00:00' WHERE id = 1",
        "UPDATE sessions SET started_at = x'00ff' WHERE id = 2",
        "UPDATE sessions SET routine = x'00ff' WHERE id = 3",
        "UPDATE holds SET actual_s = 'long' WHERE id = 7",
        "UPDATE holds SET tenderness = 11 WHERE id = 8",
        "UPDATE ratings SET value = 4.5 WHERE id = 9",
    )(folder)
    store = HistoryStore.open(folder)
    try:
        assert store.notice.startswith("5 entries in your history could not be read")
        summaries = store.summaries()
        assert len(summaries) == SESSIONS - 2
        assert all(isinstance(s.routine, str) for s in summaries)
        assert {side: len(v) for side, v in store.tenderness("piriformis").items()} == {
            "left": 0,
            "right": 0,
        }
        third = dt.datetime(2026, 10, 3, 8, tzinfo=dt.UTC)  # the first readable one
        assert store.first_session_day() == third.astimezone().date()
    finally:
        store.close()


def test_a_lock_released_within_the_wait_is_waited_for(folder, monkeypatch):
    monkeypatch.setattr(integrity, "BUSY_TIMEOUT_S", 10.0)
    make_history(folder)
    path = folder / DB_NAME
    releaser = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(0.8)\n"
            "c.execute('ROLLBACK')\n"
            "c.close()\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert releaser.stdout is not None and releaser.stdout.readline() == "locked\n"
    try:
        result = attempt(folder)
    finally:
        releaser.wait()
        releaser.stdout.close()
    assert result.error is None and result.notice == "" and result.sessions == SESSIONS


def test_an_empty_file_without_backups_is_a_new_history(folder):
    (folder / DB_NAME).write_bytes(b"")
    result = attempt(folder)
    assert (result.error, result.notice, result.sessions) == (None, "", 0)
    assert not list(folder.glob("history.damaged-*"))


def test_an_empty_file_with_only_damaged_backups_is_used_as_it_is(folder):
    (folder / BACKUP_DIR).mkdir()
    (folder / BACKUP_DIR / "history-2026-11-22.sqlite3").write_bytes(b"not a database" * 100)
    (folder / DB_NAME).write_bytes(b"")
    result = attempt(folder)
    assert (result.error, result.notice) == (None, "")


# ---------------------------------------------------------------------- backups under faults


def _fills_the_disk(error: BaseException) -> Callable[[sqlite3.Connection, Path], None]:
    def copy_database(source: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"")  # as SQLite does before the first page fails to land
        raise error

    return copy_database


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("database or disk is full"),
    ],
    ids=["ENOSPC", "sqlite-full"],
)
def test_a_backup_that_cannot_be_written_is_a_warning_and_a_notice(
    folder, monkeypatch, caplog, error
):
    make_history(folder)
    monkeypatch.setattr(backups, "copy_database", _fills_the_disk(error))
    store = HistoryStore.open(folder)
    try:
        with caplog.at_level(logging.WARNING, logger="holdpoint.storage.history"):
            assert store.backup(dt.date(2026, 11, 30)) is None
        (warning,) = caplog.records
        assert "the disk is full" in warning.getMessage()
        assert store.notice.startswith("Today's backup of your history could not be written")
        assert str(folder / BACKUP_DIR) in store.notice and "\n" not in store.notice
        assert not list((folder / BACKUP_DIR).glob("*.partial*"))  # nothing half-written
        store.add_hold(store.start_session(), HoldRow("soleus", "left", 1, 30.0, 30.0, "completed"))
        monkeypatch.undo()  # space again: the next try writes it
        assert store.backup(dt.date(2026, 11, 30)) is not None
    finally:
        store.close()


def _open_and_back_up(folder: Path) -> Result:
    try:
        store = HistoryStore.open(folder)
    except Exception as error:
        return Result(type(error), str(error))
    try:
        written = store.backup(dt.date(2026, 11, 30))
        return Result(notice=store.notice, sessions=store.session_count(), summaries=bool(written))
    finally:
        store.close()


def test_a_read_only_backups_folder_is_a_notice_and_the_history_opens(folder):
    make_history(folder)
    (folder / BACKUP_DIR).chmod(0o500)
    result = as_unprivileged(_open_and_back_up, folder)
    assert result.error is None and result.sessions == SESSIONS and not result.summaries
    assert "could not be written" in result.notice and "cannot be written to" in result.notice
    assert sorted(p.name for p in (folder / BACKUP_DIR).iterdir()) == [
        f"history-{BACKUP_DAY}.sqlite3"
    ]


@pytest.mark.system
def test_a_full_disk_during_the_backup_on_a_real_small_filesystem(folder):
    """A 600 KiB tmpfs: the history fits, its backup does not."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = folder / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    stores: list[HistoryStore] = []
    try:
        made = folder / "made"  # made on the big disk, then put on the small one
        made.mkdir()
        store = HistoryStore.open(made)
        session = store.start_session("Back chain", NEWEST)
        store.add_note(session, "x" * 340_000)  # a second copy does not fit beside it
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        data = disk / "data"
        data.mkdir()
        shutil.copy(made / DB_NAME, data / DB_NAME)
        stores.append(store := HistoryStore.open(data))
        assert store.backup(dt.date(2026, 11, 30)) is None
        assert "the disk is full" in store.notice
        assert list((data / BACKUP_DIR).iterdir()) == []  # no partial file
        store.add_hold(session, HoldRow("soleus", "left", 1, 30.0, 30.0, "completed"))
        store.close()
        stores.append(reopened := HistoryStore.open(data))
        assert (reopened.notice, reopened.session_count(), len(reopened.holds(1))) == ("", 1, 1)
    finally:
        for opened in stores:
            opened.close()
        if subprocess.run(["umount", str(disk)], check=False).returncode:
            subprocess.run(["umount", "-l", str(disk)], check=False)
