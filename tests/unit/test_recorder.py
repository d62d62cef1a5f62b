"""A session run by the engine lands in a real history file, hold by hold."""

from __future__ import annotations

import os
import sqlite3

import pytest

from holdpoint.core.engine import SessionEngine
from holdpoint.core.ratings import PainKind
from holdpoint.core.routine import Sides, Step
from holdpoint.storage.history import HistoryStore
from holdpoint.storage.recorder import SessionRecorder

T0 = 100.0


def _run_to_end(engine: SessionEngine, recorder: SessionRecorder, now: float = T0) -> float:
    while not engine.finished:
        now += 0.5
        recorder.record(engine.advance(now))
    return now


def test_every_hold_is_written_as_it_ends_and_the_session_is_closed(tmp_path):
    store = HistoryStore.open(tmp_path)
    problems: list[str] = []
    recorder = SessionRecorder(lambda: store, "Test", problems.append)
    recorder.rate_before({PainKind.LEG: 6, PainKind.BACK: None}, "slept badly")
    engine = SessionEngine.start([Step("piriformis", Sides.BOTH, 20, 2, 5)], T0, get_ready=5)
    now = T0
    seen_holds = []
    while not engine.finished:
        now += 0.5
        recorder.record(engine.advance(now))
        count = store.connection.execute("SELECT count(*) FROM holds").fetchone()[0]
        seen_holds.append(count)
    assert seen_holds[-1] == 4 and sorted(seen_holds) == seen_holds  # one by one, as they end
    row = store.connection.execute("SELECT routine, outcome, ended_at, note FROM sessions")
    assert row.fetchone()[:2] == ("Test", "completed")
    recorder.rate_after({PainKind.LEG: 3, PainKind.BACK: 2})
    ratings = store.connection.execute("SELECT kind, moment, value FROM ratings")
    assert set(ratings) == {("leg", "before", 6), ("leg", "after", 3), ("back", "after", 2)}
    assert problems == []
    store.close()


def test_the_session_row_is_written_when_the_first_hold_begins(tmp_path):
    store = HistoryStore.open(tmp_path)
    recorder = SessionRecorder(lambda: store, "Test", lambda message: None)
    recorder.rate_before({PainKind.LEG: 5, PainKind.BACK: 5})
    engine = SessionEngine.start([Step("soleus", Sides.LEFT, 20, 1, 5)], T0, get_ready=5)
    recorder.record(engine.advance(T0 + 4))  # still getting ready
    assert store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    recorder.record(engine.advance(T0 + 5))  # the hold begins
    assert store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert store.connection.execute("SELECT count(*) FROM ratings").fetchone()[0] == 2
    store.close()


def test_a_start_abandoned_before_the_first_hold_leaves_nothing(tmp_path):
    store = HistoryStore.open(tmp_path)
    recorder = SessionRecorder(lambda: store, "Test", lambda message: None)
    recorder.rate_before({PainKind.LEG: 5, PainKind.BACK: 5})
    engine = SessionEngine.start([Step("soleus", Sides.LEFT, 20, 1, 5)], T0, get_ready=5)
    recorder.record(engine.advance(T0 + 2))
    recorder.record(engine.stop(T0 + 3))
    recorder.rate_after({PainKind.LEG: 4, PainKind.BACK: 4})
    for table in ("sessions", "holds", "ratings"):
        assert store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    store.close()


def test_a_stopped_session_keeps_the_hold_in_progress_as_stopped(tmp_path):
    store = HistoryStore.open(tmp_path)
    recorder = SessionRecorder(lambda: store, "", lambda message: None)
    engine = SessionEngine.start([Step("soleus", Sides.LEFT, 20, 1, 5)], T0, get_ready=5)
    recorder.record(engine.advance(T0 + 12))
    recorder.record(engine.stop(T0 + 12))
    (hold,) = store.holds(1)
    assert hold.outcome == "stopped" and hold.actual_s == 7.0
    assert store.connection.execute("SELECT outcome FROM sessions").fetchone()[0] == "stopped"
    store.close()


def test_writes_that_fail_wait_in_order_and_land_when_the_disk_allows(tmp_path):
    store = HistoryStore.open(tmp_path)
    problems: list[str] = []
    recorder = SessionRecorder(lambda: store, "Test", problems.append)
    engine = SessionEngine.start([Step("piriformis", Sides.BOTH, 15, 2, 5)], T0, get_ready=5)
    now = T0
    while len(engine.holds) < 1:  # the first hold is written normally
        now += 0.5
        recorder.record(engine.advance(now))
    writable = store.connection
    # The disk turns read-only: the same file, opened read-only, refuses every write.
    store.connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    while len(engine.holds) < 3:
        now += 0.5
        recorder.record(engine.advance(now))
    recorder.tenderness(6)  # of the third hold, still waiting
    assert recorder.waiting and len(problems) == 1  # told once, not at every hold
    assert "kept" in problems[0] and not engine.finished
    store.connection.close()
    store.connection = writable  # the disk is back
    _run_to_end(engine, recorder, now)
    assert not recorder.waiting
    holds = store.holds(1)
    assert [(h.side.value, h.rep) for h in holds] == [
        ("left", 1), ("left", 2), ("right", 1), ("right", 2)
    ]  # fmt: skip
    assert holds[2].tenderness == 6
    assert problems[-1] == "Everything from this session is saved now."
    assert os.path.exists(store.path)
    store.close()


class _FailingConnection:
    """The store's connection, with the disk full (or read-only) for hold writes while
    ``failing`` is set: SQLite's own errors, through the store's own transaction."""

    def __init__(self, connection: sqlite3.Connection, error: str) -> None:
        self._connection = connection
        self._error = error
        self.failing = False

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    def execute(self, sql: str, *args):
        if self.failing and sql.startswith("INSERT INTO holds"):
            raise sqlite3.OperationalError(self._error)
        return self._connection.execute(sql, *args)

    def close(self) -> None:
        self._connection.close()


@pytest.mark.parametrize(
    "error", ["database or disk is full", "attempt to write a readonly database"]
)
def test_holds_that_fail_to_write_wait_in_memory_in_order(tmp_path, error):
    store = HistoryStore.open(tmp_path)
    connection = _FailingConnection(store.connection, error)
    store.connection = connection  # type: ignore[assignment]
    problems: list[str] = []
    recorder = SessionRecorder(lambda: store, "Test", problems.append)
    engine = SessionEngine.start([Step("piriformis", Sides.BOTH, 15, 2, 5)], T0, get_ready=5)
    now = T0

    def until_holds(count: int) -> None:
        nonlocal now
        while len(engine.holds) < count:
            now += 0.5
            recorder.record(engine.advance(now))

    until_holds(1)  # written
    connection.failing = True
    until_holds(3)  # the second and third cannot be written
    assert recorder.waiting == 2 and len(problems) == 1 and "kept" in problems[0]
    assert [h.rep for h in store.holds(1)] == [1]
    connection.failing = False
    _run_to_end(engine, recorder, now)
    assert not recorder.waiting
    assert [(h.side.value, h.rep) for h in store.holds(1)] == [
        ("left", 1), ("left", 2), ("right", 1), ("right", 2)
    ]  # fmt: skip
    assert problems[-1] == "Everything from this session is saved now."
    store.close()
