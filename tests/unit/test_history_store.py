"""The SQLite history on real files: schema, refusals, durability, backups, damage."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from holdpoint.storage.history import (
    BACKUP_DIR,
    DB_NAME,
    MIGRATIONS,
    HistoryError,
    HistoryStore,
    HoldRow,
)

HOLD = HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed", None)


@pytest.fixture
def store(tmp_path):
    history = HistoryStore.open(tmp_path)
    yield history
    history.close()


def test_a_new_history_has_the_latest_schema_wal_and_foreign_keys(store):
    assert store.version == len(MIGRATIONS)
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.notice == ""


def test_each_hold_is_on_disk_the_moment_it_is_added(store):
    session = store.start_session("Quick 5 minutes")
    store.add_hold(session, HOLD)
    other = sqlite3.connect(store.path)  # another process's view
    assert other.execute("SELECT zone, actual_s FROM holds").fetchall() == [("piriformis", 30.0)]
    other.close()


@pytest.mark.parametrize(
    ("write", "fragment"),
    [
        (lambda s, sid: s.rate(sid, "leg", "before", 11), "value BETWEEN 0 AND 10"),
        (lambda s, sid: s.rate(sid, "leg", "before", -1), "value BETWEEN 0 AND 10"),
        (lambda s, sid: s.rate(sid, "arm", "before", 3), "kind IN"),
        (lambda s, sid: s.add_hold(sid, HoldRow("x", "left", 1, 0.0, 1.0, "completed")),
         "planned_s > 0"),
        (lambda s, sid: s.add_hold(sid, HoldRow("x", "up", 1, 30.0, 1.0, "completed")),
         "side IN"),
        (lambda s, sid: s.add_hold(sid, HoldRow("x", "left", 1, 30.0, 1.0, "completed", 12)),
         "tenderness BETWEEN 0 AND 10"),
    ],
)  # fmt: skip
def test_out_of_range_values_are_refused_by_the_database(store, write, fragment):
    session = store.start_session()
    with pytest.raises(HistoryError, match="out of range") as error:
        write(store, session)
    assert fragment in str(error.value)
    assert store.connection.execute("SELECT count(*) FROM ratings").fetchone()[0] == 0


def test_a_later_rating_for_the_same_moment_replaces_the_first(store):
    session = store.start_session()
    store.rate(session, "leg", "before", 6)
    store.rate(session, "leg", "before", 5)
    rows = store.connection.execute("SELECT value FROM ratings").fetchall()
    assert rows == [(5,)]


def test_a_database_from_a_newer_holdpoint_is_refused_not_damaged(tmp_path):
    path = tmp_path / DB_NAME
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(HistoryError, match="newer Holdpoint"):
        HistoryStore.open(tmp_path)
    assert path.exists()


def test_one_backup_a_day_and_only_the_last_seven_are_kept(store, tmp_path):
    store.start_session()
    first = dt.date(2026, 1, 1)
    for day in range(10):
        assert store.backup(first + dt.timedelta(days=day)) is not None
    assert store.backup(first + dt.timedelta(days=9)) is None  # once a day
    kept = sorted(p.name for p in (tmp_path / BACKUP_DIR).iterdir())
    assert kept == [f"history-2026-01-{d:02d}.sqlite3" for d in range(4, 11)]


def _history_with_backup(folder):
    store = HistoryStore.open(folder)
    session = store.start_session("Back chain")
    for rep in range(1, 4):
        store.add_hold(session, HoldRow("piriformis", "left", rep, 30.0, 30.0, "completed"))
    store.backup(dt.date(2026, 11, 22))
    store.add_hold(session, HOLD)  # after the backup: lost if the file is damaged
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


@pytest.mark.parametrize("seed", range(80))
def test_a_damaged_file_is_kept_and_recovered_or_refused_cleanly(tmp_path, seed):
    _history_with_backup(tmp_path)
    path = tmp_path / DB_NAME
    original = path.read_bytes()
    damaged = bytearray(original)
    rng = random.Random(seed)
    for _ in range(rng.randint(1, 40)):
        position = rng.randrange(len(damaged)) if seed % 2 else rng.randrange(100)
        damaged[position] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(damaged))
    try:
        store = HistoryStore.open(tmp_path)
    except HistoryError:
        # Refused cleanly: nothing was thrown away.
        assert path.read_bytes() == bytes(damaged) or any(tmp_path.glob("history.damaged-*"))
        return
    try:
        kept = list(tmp_path.glob("history.damaged-*.sqlite3"))
        if kept:  # damaged: kept aside untouched, and the person is told where
            assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
            assert str(kept[0]) in store.notice
            assert store.session_count() in (0, 1)
        else:  # sound (perhaps with a row that cannot be read): opened where it was
            assert path.read_bytes() == bytes(damaged)
            assert not store.notice or "could not be read" in store.notice
        # Whatever happened, what is open now reads without an exception and is usable.
        report = [line for (line,) in store.connection.execute("PRAGMA integrity_check")]
        assert all(line == "ok" or "constraint failed" in line for line in report), report
        for summary in store.summaries():
            assert summary.started.timestamp() and summary.day
        store.holds(1)
        store.tenderness("piriformis")
        store.first_session_day()
        store.next_morning_candidate(dt.date(2026, 11, 23))
        store.add_hold(store.start_session(), HOLD)
    finally:
        store.close()


def test_a_damaged_file_with_a_backup_restores_the_backup(tmp_path):
    _history_with_backup(tmp_path)
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    store = HistoryStore.open(tmp_path)
    assert "backup of 2026-11-22 was restored" in store.notice
    assert len(store.holds(1)) == 3
    store.close()


def test_the_next_morning_rating_is_offered_for_yesterday_once(tmp_path):
    store = HistoryStore.open(tmp_path)
    today = dt.date.today()
    assert store.next_morning_candidate(today) is None  # no sessions
    yesterday = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(19)).astimezone()
    session = store.start_session("", yesterday.astimezone(dt.UTC).isoformat())
    assert store.next_morning_candidate(today) == session
    assert store.next_morning_candidate(today - dt.timedelta(days=1)) is None  # same day
    assert store.next_morning_candidate(today + dt.timedelta(days=5)) is None  # too long ago
    store.rate_many(session, "next_morning", {"leg": 3, "back": None})
    assert store.next_morning_candidate(today) is None  # asked already
    store.close()


@pytest.mark.parametrize("version", range(len(MIGRATIONS)))
def test_every_earlier_schema_version_is_upgraded_in_place(tmp_path, version):
    """A file made by every earlier version (0: before the first migration, e.g. by an
    interrupted first run) upgrades to the latest, keeping what it holds."""
    path = tmp_path / DB_NAME
    older = sqlite3.connect(path, isolation_level=None)
    older.execute("CREATE TABLE unrelated (x INTEGER)")  # something already there
    older.execute("INSERT INTO unrelated VALUES (1)")
    for script in MIGRATIONS[:version]:
        older.executescript(script)
    older.execute(f"PRAGMA user_version = {version}")
    if version >= 1:  # a session as that version wrote it
        older.execute(
            "INSERT INTO sessions (id, started_at) VALUES (1, '2026-11-01T08:00:00+00:00')"
        )
        older.execute(
            "INSERT INTO holds (session_id, zone, side, rep, planned_s, actual_s, outcome, "
            "ended_at) VALUES (1, 'piriformis', 'left', 1, 30, 30, 'completed', '')"
        )
        older.execute(
            "INSERT INTO ratings (session_id, kind, moment, value, rated_at) "
            "VALUES (1, 'leg', 'before', 6, '')"
        )
    older.close()
    store = HistoryStore.open(tmp_path)
    assert store.version == len(MIGRATIONS)
    assert store.connection.execute("SELECT x FROM unrelated").fetchall() == [(1,)]
    if version >= 1:
        (kept,) = store.summaries()
        assert (kept.leg_before, kept.zones, kept.hold_seconds) == (6, ("piriformis",), 30.0)
    store.start_session()
    store.close()


def test_the_per_session_summary_reads_covering_indexes_only(store):
    """Migration 2: summaries() never has to visit the holds or ratings tables."""
    plan = store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT session_id, group_concat(DISTINCT zone), sum(actual_s) "
        "FROM holds WHERE outcome = 'completed' GROUP BY session_id"
    ).fetchall()
    assert any("COVERING INDEX holds_by_session" in row[-1] for row in plan), plan
    plan = store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT session_id, max(value) FROM ratings "
        "WHERE kind = 'leg' GROUP BY session_id"
    ).fetchall()
    assert any("COVERING INDEX" in row[-1] for row in plan), plan


def test_the_last_backup_with_more_sessions_than_the_history_is_never_rotated_out(tmp_path):
    """Sessions deleted (or an empty file taken for the history): the daily backups of
    the smaller history must not push the last fuller one out."""
    store = HistoryStore.open(tmp_path)
    sessions = [
        store.start_session("Back chain", f"2026-10-0{n}T08:00:00+00:00") for n in (1, 2, 3)
    ]
    first = dt.date(2026, 11, 1)
    for day in range(3):
        store.backup(first + dt.timedelta(days=day))
    for session in sessions[1:]:
        store.delete_session(session)
    for day in range(3, 20):
        store.backup(first + dt.timedelta(days=day))
    names = sorted(p.name for p in (tmp_path / BACKUP_DIR).iterdir())
    assert names == [f"history-2026-11-{d:02d}.sqlite3" for d in range(14, 21)] + [
        "history-keep-2026-11-03.sqlite3"
    ]
    kept = sqlite3.connect(tmp_path / BACKUP_DIR / "history-keep-2026-11-03.sqlite3")
    assert kept.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3
    kept.close()
    store.close()


def test_a_backup_is_one_self_contained_file(store, tmp_path):
    store.start_session()
    target = store.backup(dt.date(2026, 11, 1))
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no -wal, no -shm
    copy = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_recovery_restores_the_newest_good_backup_and_never_overwrites_a_kept_file(tmp_path):
    _history_with_backup(tmp_path)
    backups = tmp_path / BACKUP_DIR
    (backups / "history-2026-11-23.sqlite3").write_bytes(b"damaged too" * 500)  # newer, bad
    for attempt in range(2):  # twice in the same second: two files kept, none replaced
        (tmp_path / DB_NAME).write_bytes(b"this is not a database %d" % attempt * 100)
        store = HistoryStore.open(tmp_path)
        assert "backup of 2026-11-22 was restored" in store.notice
        assert len(store.holds(1)) == 3
        store.close()
    kept = sorted(tmp_path.glob("history.damaged-*.sqlite3"))
    assert sorted(p.read_bytes()[:25] for p in kept) == [
        b"this is not a database 0t",
        b"this is not a database 1t",
    ]


def test_the_last_routine_is_the_last_real_session_s(store):
    assert store.last_routine() == ""
    store.start_session("Back chain", "2026-03-01T08:00:00+00:00")
    store.start_session("Quick 5 minutes", "2026-03-02T08:00:00+00:00")
    store.start_session("Back chain", "2026-02-01T08:00:00+00:00")  # older, added later
    assert store.last_routine() == "Quick 5 minutes"
