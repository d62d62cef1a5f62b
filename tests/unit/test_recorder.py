"""A session run by the engine lands in a real history file, hold by hold."""

from __future__ import annotations

import sqlite3

from holdpoint.core.engine import SessionEngine, StepPlan
from holdpoint.core.routine import Sides
from holdpoint.storage.history import HistoryStore
from holdpoint.storage.recorder import SessionRecorder

T0 = 100.0


def test_every_hold_is_written_as_it_ends_and_the_session_is_closed(tmp_path):
    store = HistoryStore.open(tmp_path)
    problems: list[str] = []
    recorder = SessionRecorder(lambda: store, problems.append)
    engine = SessionEngine.start([StepPlan("piriformis", Sides.BOTH, 20, 2, 5)], T0, prepare_s=5)
    recorder.begin("Test")
    now = T0
    seen_holds = []
    while not engine.finished:
        now += 0.5
        recorder.record(engine.advance(now))
        seen_holds.append(len(store.holds(1)))
    assert seen_holds[-1] == 4 and sorted(seen_holds) == seen_holds  # one by one, as they end
    row = store.connection.execute("SELECT routine, outcome, ended_at FROM sessions").fetchone()
    assert row[0] == "Test" and row[1] == "completed" and row[2]
    assert problems == []
    store.close()


def test_a_stopped_session_keeps_the_hold_in_progress_as_stopped(tmp_path):
    store = HistoryStore.open(tmp_path)
    recorder = SessionRecorder(lambda: store, lambda message: None)
    engine = SessionEngine.start([StepPlan("soleus", Sides.LEFT, 20, 1, 5)], T0, prepare_s=5)
    recorder.begin()
    recorder.record(engine.advance(T0 + 12))
    recorder.record(engine.stop(T0 + 12))
    (hold,) = store.holds(1)
    assert hold.outcome == "stopped" and hold.actual_s == 7.0
    assert store.connection.execute("SELECT outcome FROM sessions").fetchone()[0] == "stopped"
    store.close()


def test_a_failed_write_is_reported_and_the_session_goes_on(tmp_path):
    store = HistoryStore.open(tmp_path)
    problems: list[str] = []
    recorder = SessionRecorder(lambda: store, problems.append)
    recorder.begin()
    engine = SessionEngine.start([StepPlan("soleus", Sides.LEFT, 20, 1, 5)], T0, prepare_s=5)
    store.connection.close()  # the disk went away under us
    store.connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    recorder.record(engine.advance(T0 + 30))
    assert problems and "could not be saved" in problems[0]
    assert engine.finished
