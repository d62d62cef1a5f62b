"""Backups made and restored by hand (Settings > Data), on real files: whole or nothing,
nothing a person recorded lost, the open history never reopened."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import stat
from pathlib import Path

import pytest

from holdpoint.storage import backups
from holdpoint.storage.history import BACKUP_DIR, MIGRATIONS, HistoryError, HistoryStore, HoldRow

TODAY = dt.date(2026, 5, 4)
HOLD = HoldRow("soleus", "left", 1, 30.0, 30.0, "completed")


@pytest.fixture
def store(tmp_path):
    history = HistoryStore.open(tmp_path)
    yield history
    history.close()


def _sessions(store: HistoryStore, count: int) -> None:
    for _ in range(count):
        store.add_hold(store.start_session("Calf"), HOLD)


def _now(store: HistoryStore) -> Path:
    folder = store.path.parent / BACKUP_DIR
    return backups.write_now(store.connection, folder, TODAY, store.session_count())


def _full_disk(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_back_up_now_replaces_todays_backup_with_the_history_as_it_is(store):
    _sessions(store, 1)
    assert store.backup(TODAY) is not None  # the daily one: one session
    _sessions(store, 1)
    written = _now(store)
    assert written.name == f"history-{TODAY}.sqlite3"
    assert backups.session_count(written) == 2
    assert [b.path for b in backups.backups(written.parent)] == [written]
    assert not list(written.parent.glob("*.partial*"))


def test_back_up_now_keeps_a_richer_backup_of_today(store):
    _sessions(store, 3)
    _now(store)
    store.delete_session(1)  # the history now has fewer sessions than today's backup
    written = _now(store)
    assert backups.session_count(written) == 2
    kept = written.with_name(f"history-keep-{TODAY}.sqlite3")
    assert backups.session_count(kept) == 3  # never thrown away
    store.delete_session(2)  # and again: the name for a kept one is taken, nothing replaced
    with pytest.raises(FileExistsError, match="holds more sessions"):
        _now(store)
    assert backups.session_count(written) == 2 and backups.session_count(kept) == 3


def test_back_up_now_on_a_full_disk_leaves_the_earlier_backup_whole(store, monkeypatch):
    _sessions(store, 1)
    earlier = _now(store)
    before = earlier.read_bytes()
    _sessions(store, 1)
    monkeypatch.setattr(backups, "copy_database", _full_disk)
    with pytest.raises(OSError, match="No space"):
        _now(store)
    assert earlier.read_bytes() == before
    assert sorted(p.name for p in earlier.parent.iterdir()) == [earlier.name]


def test_restore_puts_the_backup_back_and_keeps_the_history_aside(store):
    _sessions(store, 2)
    backup = backups.backups(_now(store).parent)[0]
    _sessions(store, 1)
    aside = backups.restore(store.connection, store.path, backup)
    assert store.session_count() == 2  # the same open connection sees the backup
    assert aside.parent == store.path.parent and aside.name.startswith("history.before-restore-")
    assert backups.session_count(aside) == 3
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.add_hold(store.start_session(), HOLD)  # and it goes on being written
    assert store.session_count() == 3
    reopened = HistoryStore.open(store.path.parent)
    assert reopened.session_count() == 3 and reopened.notice == ""
    reopened.close()


def test_restore_brings_an_older_backup_to_the_current_schema(store, tmp_path):
    old = tmp_path / BACKUP_DIR / "history-2025-01-01.sqlite3"
    old.parent.mkdir()
    connection = sqlite3.connect(old)
    connection.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    connection.execute("INSERT INTO sessions (started_at) VALUES ('2025-01-01T08:00:00+00:00')")
    connection.commit()
    connection.close()
    _sessions(store, 2)
    backups.restore(store.connection, store.path, backups.backups(old.parent)[0])
    assert store.version == len(MIGRATIONS) and store.session_count() == 1


def test_a_restore_that_fails_leaves_the_history_as_it_was(store, tmp_path):
    _sessions(store, 1)
    backup = backups.backups(_now(store).parent)[0]
    _sessions(store, 1)
    newer = tmp_path / BACKUP_DIR / "history-2030-01-01.sqlite3"
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 99")
    connection.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(HistoryError, match=r"newer Holdpoint.*nothing was changed"):
        backups.restore(store.connection, store.path, backups.backups(newer.parent)[0])
    damaged = tmp_path / BACKUP_DIR / "history-2031-01-01.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    with pytest.raises(HistoryError, match="cannot be read; nothing was changed"):
        backups.restore(store.connection, store.path, backups.backups(damaged.parent)[0])
    assert store.session_count() == 2
    assert backup.path.exists()


def test_a_history_that_cannot_be_kept_aside_is_not_replaced(store, monkeypatch):
    _sessions(store, 1)
    backup = backups.backups(_now(store).parent)[0]
    _sessions(store, 1)
    monkeypatch.setattr(backups, "copy_database", _full_disk)
    with pytest.raises(HistoryError, match=r"could not be kept aside.*nothing was changed"):
        backups.restore(store.connection, store.path, backup)
    assert store.session_count() == 2
    assert not list(store.path.parent.glob("history.before-restore-*"))
